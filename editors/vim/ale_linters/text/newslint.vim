" Description: newslint, a language server for news articles (unattributed claims, vague
" sources, quotes without a speaker, unbalanced quotes). Options: autoload/newslint/ale.vim.

call newslint#ale#Define('text')
