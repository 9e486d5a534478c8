" Headless Vim + ALE check of editors/vim against the real newslint server.
"
"   vim -N -u USER_VIMRC --cmd 'source editors/test/ale_prelude.vim' -i NONE -n -es \
"       -S editors/test/ale_check.vim ARTICLE
"
" USER_VIMRC is the README's Vim recipe (runtimepath, ALE, g:ale_linters, g:ale_newslint_jar,
" g:ale_newslint_settings = {'rules': {'vague-source': 'off'}}). ALE lints on enter by itself;
" this script reads what it shows, hovers with :ALEHover, asks for document symbols over ALE's
" own connection (ALE has no document-symbol UI), changes the settings and re-lints.
" Env: NEWSLINT_OUT (JSON result), NEWSLINT_WAIT_MS (per wait, default 60000).
let s:out = $NEWSLINT_OUT
let s:wait = empty($NEWSLINT_WAIT_MS) ? 60000 : str2nr($NEWSLINT_WAIT_MS)
let s:t0 = reltime()
let s:r = {'vim': v:version, 'ok': v:false, 'steps': []}

function! s:Step(name) abort
    call add(s:r.steps, {'step': a:name, 'ms': float2nr(reltimefloat(reltime(s:t0)) * 1000)})
endfunction

" Whether a newslint connection was started and its job has ended (the server died).
function! s:ServerDied() abort
    for l:conn in values(ale#lsp#GetConnections())
        if l:conn.id =~# '^java:' && has_key(l:conn, 'job_id') && !ale#job#IsRunning(l:conn.job_id)
            return 1
        endif
    endfor
    return 0
endfunction

function! s:Wait(expr, ms) abort
    let l:t = 0
    while !eval(a:expr) && l:t < a:ms
        if s:ServerDied()
            throw 'the newslint server process ended (see ALE history in the result)'
        endif
        sleep 20m
        let l:t += 20
    endwhile
    return eval(a:expr)
endfunction

function! s:Loclist() abort
    return map(copy(ale#engine#GetLoclist(bufnr(''))), {_, v -> {'lnum': v.lnum, 'col': v.col,
    \   'type': v.type, 'code': get(v, 'code', ''), 'text': v.text, 'linter': v.linter_name}})
endfunction

function! s:Utf16Len(text) abort
    let l:codes = str2list(a:text)
    return len(l:codes) + len(filter(copy(l:codes), {_, c -> c > 0xFFFF}))
endfunction

function! s:Count(field, pattern) abort
    return len(filter(s:Loclist(), {_, v -> v[a:field] =~# a:pattern}))
endfunction

" raw requests over ALE's connection
let s:responses = {}
function! s:OnResponse(conn_id, response) abort
    if has_key(a:response, 'id') && has_key(s:pending, a:response.id)
        let s:responses[s:pending[a:response.id]] = get(a:response, 'result', v:null)
    endif
endfunction
let s:pending = {}
function! s:Request(name, method, params) abort
    let s:request = [a:name, a:method, a:params]
    let l:linter = filter(copy(ale#linter#Get(&filetype)), {_, l -> l.name is# 'newslint'})[0]
    call ale#lsp_linter#StartLSP(bufnr(''), l:linter, function('s:OnReady'))
    return s:Wait('has_key(s:responses, "' . a:name . '")', s:wait)
endfunction
function! s:OnReady(linter, details) abort
    let s:conn_id = a:details.connection_id
    call ale#lsp#RegisterCallback(s:conn_id, function('s:OnResponse'))
    let l:id = ale#lsp#Send(s:conn_id, [0, s:request[1], s:request[2]])
    let s:pending[l:id] = s:request[0]
endfunction

try
    let s:r.file = expand('%:p')
    let s:r.filetype = &filetype
    if &filetype isnot# 'text'
        throw 'filetype is ' . &filetype . ', expected text'
    endif
    let s:r.linters = map(copy(ale#linter#Get('text')), {_, l -> l.name})
    let s:r.command = newslint#ale#GetCommand(bufnr(''))
    let s:r.project_root = newslint#ale#GetProjectRoot(bufnr(''))
    if !empty($NEWSLINT_REPO) && s:r.project_root isnot# $NEWSLINT_REPO
        throw 'project root ' . s:r.project_root . ', expected ' . $NEWSLINT_REPO
    endif

    " (a) diagnostics from ALE's lint on enter, with the recipe's vague-source = off applied
    if !s:Wait('s:Count("text", "Unattributed claim") > 0', s:wait)
        throw 'no "Unattributed claim" in ALE''s loclist'
    endif
    call s:Step('diagnostics')
    let s:r.diagnostics = s:Loclist()
    let s:r.window_loclist = map(getloclist(0), {_, v -> v.lnum . ':' . v.col . ' ' . v.text})
    if s:Count('code', '^vague-source$') != 0
        throw 'vague-source diagnostics although the settings turn the rule off'
    endif

    " (b) hover on 'Dunmore' of 'Rachel Dunmore': :ALEHover into the preview window
    let s:pos = searchpos('Rachel \zsDunmore', 'cw')
    if s:pos == [0, 0]
        throw '"Rachel Dunmore" is not in the article'
    endif
    let s:line = getline(s:pos[0])
    " LSP position: 0-based line, UTF-16 code units before the match
    let s:r.hover_position = {'line': s:pos[0] - 1,
    \   'character': s:Utf16Len(strpart(s:line, 0, s:pos[1] - 1))}
    call cursor(s:pos[0], s:pos[1])
    ALEHover
    call s:Wait('len(filter(range(1, winnr("$")), {_, w -> getwinvar(w, "&previewwindow")})) > 0', s:wait)
    let s:r.hover_preview = []
    for s:w in range(1, winnr('$'))
        if getwinvar(s:w, '&previewwindow')
            let s:r.hover_preview = getbufline(winbufnr(s:w), 1, '$')
        endif
    endfor
    pclose
    if join(s:r.hover_preview, "\n") !~# 'Rachel Dunmore'
        throw 'the hover does not mention Rachel Dunmore'
    endif
    call s:Request('hover', 'textDocument/hover', {
    \   'textDocument': {'uri': ale#path#ToFileURI(expand('%:p'))}, 'position': s:r.hover_position})
    let s:r.hover_raw = get(s:responses, 'hover', v:null)
    call s:Step('hover')

    " (c) document symbols over ALE's connection (flat: ALE has no hierarchical support)
    call s:Request('symbols', 'textDocument/documentSymbol',
    \   {'textDocument': {'uri': ale#path#ToFileURI(expand('%:p'))}})
    let s:symbols = get(s:responses, 'symbols', [])
    let s:r.symbols = map(copy(s:symbols is v:null ? [] : s:symbols),
    \   {_, v -> {'name': v.name, 'container': get(v, 'containerName', '')}})
    if empty(filter(copy(s:r.symbols), {_, v -> v.container is# 'Rachel Dunmore'}))
        throw 'no symbol under the speaker "Rachel Dunmore"'
    endif
    call s:Step('symbols')

    " settings at run time: ALE sends workspace/didChangeConfiguration when the config changes
    let g:ale_newslint_settings = {}
    ALELint
    if !s:Wait('s:Count("code", "^vague-source$") > 0', s:wait)
        throw 'vague-source diagnostics did not come back after the settings change'
    endif
    let s:r.diagnostics_after_settings = s:Loclist()
    call s:Step('didChangeConfiguration')

    let s:r.ale_history = ale#history#Get(bufnr(''))
    " ALE has no shutdown handshake: StopAll stops the job
    call ale#lsp#StopAll()
    call s:Step('stopped')
    let s:r.ok = v:true
catch
    let s:r.error = v:exception . ' @ ' . v:throwpoint
    let s:r.ale_history = ale#history#Get(bufnr(''))
endtry
call writefile([json_encode(s:r)], s:out)
if s:r.ok | qall! | else | cquit! | endif
