;;; emacs_prelude.el --- what an interactive Emacs start does and --batch skips  -*- lexical-binding: t; -*-
;; Loaded before the README recipe by run-real-clients.sh.  HOME is a temporary folder there, so
;; ~/.emacs.d (lsp-mode's session file, eln caches) stays out of the real home.
(pcase (getenv "NEWSLINT_CLIENT")
  ("lsp-mode"
   ;; An interactive start activates the installed packages (their autoloads) before init.el.
   (package-activate-all)
   ;; Test-only: no ~70 bundled client packages, no file watchers, no restart prompt when the
   ;; server exits (batch Emacs cannot answer it), the JSON traffic in *lsp-log*, Flymake.
   (setq lsp-client-packages nil
         lsp-enable-file-watchers nil
         lsp-keep-workspace-alive nil
         lsp-restart 'ignore
         lsp-log-io t
         lsp-headerline-breadcrumb-enable nil
         lsp-modeline-code-actions-enable nil
         lsp-modeline-diagnostics-enable nil
         lsp-diagnostics-provider :flymake))
  (_
   ;; eglot: Debian's site-start already puts the elpa packages on the load-path; without
   ;; package activation markdown-mode is not loaded, so eglot 1.9 asks for plain-text hovers.
   nil))
