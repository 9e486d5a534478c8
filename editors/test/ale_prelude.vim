" Test-only options for ale_check.vim, sourced with --cmd before the recipe's vimrc: fill the
" lists synchronously and put hover text in the preview window, where the check can read it.
let g:ale_set_lists_synchronously = 1
let g:ale_hover_to_preview = 1
