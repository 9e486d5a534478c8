" newslint for ALE: the linter definition shared by ale_linters/text/newslint.vim and
" ale_linters/markdown/newslint.vim.
"
" Options (global g:ale_newslint_*, or per buffer b:ale_newslint_*):
"   jar                path of newslint.jar (default: $NEWSLINT_JAR)
"   java_executable    the Java 17+ program (default: 'java')
"   settings           newslint's settings, e.g. {'rules': {'vague-source': 'info'}}; sent as
"                      {'newslint': settings} in initializationOptions and with
"                      workspace/didChangeConfiguration

call ale#Set('newslint_jar', '')
call ale#Set('newslint_java_executable', 'java')
call ale#Set('newslint_settings', {})

function! newslint#ale#GetExecutable(buffer) abort
    return ale#Var(a:buffer, 'newslint_java_executable')
endfunction

function! newslint#ale#GetJar(buffer) abort
    let l:jar = ale#Var(a:buffer, 'newslint_jar')

    return expand(empty(l:jar) ? $NEWSLINT_JAR : l:jar)
endfunction

function! newslint#ale#GetCommand(buffer) abort
    let l:jar = newslint#ale#GetJar(a:buffer)

    if empty(l:jar) || !filereadable(l:jar)
        if !get(s:, 'warned', 0)
            let s:warned = 1
            echohl WarningMsg
            echomsg 'newslint: set g:ale_newslint_jar to the path of newslint.jar'
            \   . (empty(l:jar) ? '' : ' (cannot read ' . l:jar . ')')
            echohl None
        endif

        return ''
    endif

    " a small heap and the serial collector keep the server near 200 MB resident (README); JVM warnings
    " go to stderr, never into the protocol on stdout; the class-data-sharing archive the build leaves
    " next to the jar (newslint.jsa) makes start-up faster
    let l:archive = fnamemodify(l:jar, ':r') . '.jsa'
    let l:cds = filereadable(l:archive) ? ' -XX:SharedArchiveFile=' . ale#Escape(l:archive) : ''
    return '%e -Xmx160m -Xmn24m -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr'
    \   . l:cds . ' -jar ' . ale#Escape(l:jar)
endfunction

" {'newslint': settings}; settings that already have a 'newslint' key are sent as they are.
function! newslint#ale#GetSettings(buffer) abort
    let l:settings = ale#Var(a:buffer, 'newslint_settings')

    return has_key(l:settings, 'newslint') ? l:settings : {'newslint': l:settings}
endfunction

" The nearest folder above the file holding .git (a folder, or a file in a worktree), .hg or
" .svn; else the file's own folder.
function! newslint#ale#GetProjectRoot(buffer) abort
    let l:start = fnamemodify(bufname(a:buffer), ':p:h')
    let l:dir = l:start

    while 1
        for l:marker in ['.git', '.hg', '.svn']
            if isdirectory(l:dir . '/' . l:marker) || filereadable(l:dir . '/' . l:marker)
                return l:dir
            endif
        endfor

        let l:parent = fnamemodify(l:dir, ':h')

        if l:parent is# l:dir
            return l:start
        endif

        let l:dir = l:parent
    endwhile
endfunction

function! newslint#ale#Define(filetype) abort
    call ale#linter#Define(a:filetype, {
    \   'name': 'newslint',
    \   'lsp': 'stdio',
    \   'executable': function('newslint#ale#GetExecutable'),
    \   'command': function('newslint#ale#GetCommand'),
    \   'project_root': function('newslint#ale#GetProjectRoot'),
    \   'initialization_options': function('newslint#ale#GetSettings'),
    \   'lsp_config': function('newslint#ale#GetSettings'),
    \})
endfunction
