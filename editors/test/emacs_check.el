;;; emacs_check.el --- batch Emacs check of newslint.el with eglot or lsp-mode  -*- lexical-binding: t; -*-

;; emacs --batch -l editors/test/emacs_prelude.el -l USER_INIT.el -l editors/test/emacs_check.el ARTICLE
;;
;; USER_INIT.el is the README's eglot or lsp-mode recipe (load-path, (require 'newslint),
;; newslint-jar, newslint-settings with vague-source = "info", the mode hook).  NEWSLINT_CLIENT
;; says which: "eglot" or "lsp-mode".  The recipe's hook starts the client when the article is
;; visited; this script only stands in for the command loop that --batch lacks (post-command-hook
;; for eglot-ensure, idle timers for lsp-deferred, `flymake-start'), then reads Flymake, hovers
;; through the client's own command, reads imenu and the raw symbol tree, changes the settings
;; with `newslint-update-settings' and shuts the server down.
;; Env: NEWSLINT_OUT (result, a pretty-printed alist), NEWSLINT_ARTIFACTS_DIR (logs),
;;      NEWSLINT_WAIT (seconds per wait, default 60).

(require 'flymake)
(require 'imenu)
(require 'cl-lib)

(defvar chk-client (intern (or (getenv "NEWSLINT_CLIENT") "eglot")))
(defvar chk-file (expand-file-name (car command-line-args-left)))
(setq command-line-args-left nil)          ; don't let Emacs visit it again after -l
(defvar chk-out (getenv "NEWSLINT_OUT"))
(defvar chk-logs (file-name-as-directory (or (getenv "NEWSLINT_ARTIFACTS_DIR") temporary-file-directory)))
(defvar chk-wait (string-to-number (or (getenv "NEWSLINT_WAIT") "60")))
(defvar chk-t0 (float-time))
(defvar chk-result nil)
(defvar chk-ok nil)

(defun chk (k v)
  "Record V under K (and log it)."
  (push (cons k v) chk-result)
  (message "CHECK %.2fs %s => %S" (- (float-time) chk-t0) k v)
  v)

(defvar chk-server-process nil "The server process, once known; waits stop if it dies.")

(defun chk-server-dead-p ()
  "Whether a newslint server process was started and has ended."
  (let ((proc (or chk-server-process   ; the only subprocess here that runs "java -jar ..."
                  (cl-find-if (lambda (p) (member "-jar" (process-command p))) (process-list)))))
    (when proc (setq chk-server-process proc))
    (and proc (not (process-live-p proc)))))

(defun chk-wait (pred &optional secs)
  "Run process output and timers until PRED is non-nil or SECS pass.
Give up early if the server process has died."
  (let ((deadline (+ (float-time) (or secs chk-wait))))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (when (chk-server-dead-p)
        (error "the newslint server process ended: %S" (process-exit-status chk-server-process)))
      (accept-process-output nil 0.05))
    (funcall pred)))

(defun chk-run-idle-timers ()
  "What Emacs does when it becomes idle: run the idle timers (no command loop in --batch)."
  (dolist (timer (copy-sequence timer-idle-list))
    (timer-event-handler timer)))

(defun chk-assert (ok what)
  "Signal an error saying WHAT unless OK."
  (unless ok (error "check failed: %s" what))
  ok)

(defun chk-flymake ()
  "Flymake's diagnostics in the buffer: (LINE TYPE TEXT)."
  (mapcar (lambda (d) (list (line-number-at-pos (flymake-diagnostic-beg d))
                            (flymake-diagnostic-type d)
                            (flymake-diagnostic-text d)))
          (flymake-diagnostics)))

(defun chk-severity (type)
  "Flymake TYPE as a severity word."
  (pcase type
    ((or 'eglot-error :error) "error")
    ((or 'eglot-warning :warning) "warning")
    ((or 'eglot-note :note) "note")
    (_ (format "%s" type))))

(defun chk-all-of (pattern severity)
  "Whether Flymake has diagnostics matching PATTERN, all of SEVERITY."
  (let ((ds (cl-remove-if-not (lambda (d) (string-match-p pattern (nth 2 d))) (chk-flymake))))
    (and ds (cl-every (lambda (d) (equal (chk-severity (nth 1 d)) severity)) ds))))

(defun chk-any (pattern)
  "Whether Flymake has a diagnostic matching PATTERN."
  (cl-some (lambda (d) (string-match-p pattern (nth 2 d))) (chk-flymake)))

;; Diagnostic messages of the rule vague-source in the sample: a weasel phrase and an agentless
;; passive ("Vague source (...)", "Agentless passive (...)").
(defconst chk-vague "Vague source\\|Agentless passive")
(defconst chk-claim "Unattributed claim")

(defun chk-symbol-names (symbols)
  "Names in a DocumentSymbol tree, as (NAME . CHILD-NAMES)."
  (mapcar (lambda (s) (cons (plist-get s :name)
                            (mapcar (lambda (c) (plist-get c :name)) (plist-get s :children))))
          symbols))

(defun chk-imenu ()
  "The imenu index, names only."
  (cl-labels ((walk (entries)
                (mapcar (lambda (e) (if (imenu--subalist-p e) (cons (car e) (walk (cdr e))) (car e)))
                        entries)))
    (walk (funcall imenu-create-index-function))))

(defun chk-imenu-has (name)
  "Whether an imenu entry or group starts with NAME (lsp-mode appends the symbol's detail)."
  (cl-some (lambda (e) (and (stringp e) (string-prefix-p name (substring-no-properties e))))
           (flatten-tree (chk-imenu))))

(defun chk-goto-dunmore ()
  "Put point on \"Dunmore\" of \"Rachel Dunmore\"; return the LSP position."
  (goto-char (point-min))
  (chk-assert (re-search-forward "Rachel \\(Dunmore\\)" nil t) "\"Rachel Dunmore\" in the article")
  (goto-char (match-beginning 1))
  (list :line (1- (line-number-at-pos))
        :character (/ (length (encode-coding-string   ; UTF-16 code units
                               (buffer-substring-no-properties (line-beginning-position) (point))
                               'utf-16le t))
                      2)))

(defun chk-save-buffer (name file)
  "Write buffer NAME (if it exists) to FILE in the logs folder."
  (when (get-buffer name)
    (with-current-buffer name
      (write-region (point-min) (point-max) (expand-file-name file chk-logs) nil 'silent))))

;;;; eglot

(defun chk-eglot ()
  (find-file chk-file)                   ; text-mode-hook -> newslint-eglot-ensure -> eglot-ensure
  (chk 'major-mode major-mode)
  (run-hooks 'post-command-hook)         ; eglot-ensure waits for the first command
  (chk-assert (chk-wait (lambda () (bound-and-true-p eglot--managed-mode))) "eglot manages the buffer")
  (let ((server (eglot-current-server)))
    (chk 'server-class (eieio-object-class-name server))
    (chk 'server-command (process-command (jsonrpc--process server)))
    (chk 'project-root (project-root (eglot--project server)))
    (when (getenv "NEWSLINT_REPO")
      (chk-assert (equal (file-name-as-directory (getenv "NEWSLINT_REPO"))
                         (expand-file-name (project-root (eglot--project server))))
                  "eglot's project root is the repository"))
    (chk 'language-id (eglot--language-id server))
    (chk 'hover-format-offered (plist-get (plist-get (plist-get (eglot-client-capabilities server)
                                                               :textDocument) :hover) :contentFormat))
    ;; (a) diagnostics through Flymake, with vague-source = info (a Flymake note) applied
    (flymake-start)
    (chk-assert (chk-wait (lambda () (and (chk-any chk-claim) (chk-all-of chk-vague "note"))))
                "Unattributed claims, and vague-source as notes, in Flymake")
    (chk 'flymake (chk-flymake))
    ;; (b) hover through eglot's eldoc function, then the raw response
    (chk 'hover-position (chk-goto-dunmore))
    (let (doc)
      (eglot-hover-eldoc-function (lambda (info &rest _) (setq doc (or info ""))))
      (chk-wait (lambda () doc))
      (chk 'hover-eldoc (and doc (substring-no-properties doc)))
      (chk-assert (and doc (string-match-p "Rachel Dunmore" doc)) "hover mentions Rachel Dunmore"))
    (chk 'hover-raw (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
    ;; (c) symbols: imenu (eglot-imenu) and the raw tree
    (chk 'imenu (mapcar (lambda (e) (if (stringp e) (substring-no-properties e) e)) (flatten-tree (chk-imenu))))
    (let ((symbols (append (jsonrpc-request server :textDocument/documentSymbol
                                            (list :textDocument (eglot--TextDocumentIdentifier)))
                           nil)))
      (chk 'symbols (chk-symbol-names symbols))
      (chk-assert (cl-some (lambda (s) (and (equal (plist-get s :name) "Rachel Dunmore")
                                            (> (length (plist-get s :children)) 0)))
                           symbols)
                  "a top-level Rachel Dunmore symbol with her quote under it")
      (chk-assert (chk-imenu-has "Rachel Dunmore") "imenu lists Rachel Dunmore"))
    ;; settings at run time
    (newslint-update-settings '(:rules (:unattributed-claim "hint")))
    (chk-assert (chk-wait (lambda () (and (chk-all-of chk-claim "note") (chk-all-of chk-vague "warning"))))
                "diagnostics follow newslint-update-settings")
    (chk 'flymake-after-settings (chk-flymake))
    (chk-save-buffer (jsonrpc-events-buffer server) "eglot-events.log")
    (chk-save-buffer (jsonrpc-stderr-buffer server) "eglot-server-stderr.log")
    (setq chk-ok t)
    (eglot-shutdown server)
    (let ((proc (jsonrpc--process server)))
      (chk-wait (lambda () (not (process-live-p proc))) 10)
      (chk 'server-after-shutdown (list (process-status proc) (process-exit-status proc))))))

;;;; lsp-mode

(defun chk-lsp-mode ()
  (find-file chk-file)                   ; text-mode-hook -> newslint-lsp-ensure -> lsp-deferred
  (chk 'major-mode major-mode)
  (chk 'lsp-mode-loaded-by-hook (featurep 'lsp-mode))
  ;; the answer to lsp-mode's "Import project root?" question: the repository
  (lsp-workspace-folders-add (locate-dominating-file chk-file ".git"))
  (chk-run-idle-timers)                  ; lsp-deferred starts from an idle timer
  (chk-assert (chk-wait (lambda () (let ((ws (car (lsp-workspaces))))
                                     (and ws (eq (lsp--workspace-status ws) 'initialized)))))
              "lsp-mode workspace initialized")
  (let ((ws (car (lsp-workspaces))))
    (chk 'server-id (lsp--client-server-id (lsp--workspace-client ws)))
    (chk 'server-command (process-command (lsp--workspace-proc ws)))
    (chk 'language-id (lsp-buffer-language))
    ;; (a) diagnostics through Flymake, vague-source = info applied
    (flymake-start)
    (chk-assert (chk-wait (lambda () (flymake-start) (and (chk-any chk-claim) (chk-all-of chk-vague "note"))))
                "Unattributed claims, and vague-source as notes, in Flymake")
    (chk 'flymake (chk-flymake))
    ;; (b) hover: lsp-describe-thing-at-point renders into *lsp-help*
    (chk 'hover-position (chk-goto-dunmore))
    (lsp-describe-thing-at-point)
    (let ((help (and (get-buffer "*lsp-help*")
                     (with-current-buffer "*lsp-help*" (buffer-substring-no-properties (point-min) (point-max))))))
      (chk 'hover-help-buffer help)
      (chk-assert (and help (string-match-p "Rachel Dunmore" help)) "hover mentions Rachel Dunmore"))
    (let ((h (lsp-request "textDocument/hover" (lsp--text-document-position-params))))
      (chk 'hover-raw (list :kind (lsp:markup-content-kind (lsp:hover-contents h))
                            :value (lsp:markup-content-value (lsp:hover-contents h)))))
    ;; (c) symbols: imenu and lsp-mode's own symbol list
    (chk 'imenu (mapcar (lambda (e) (if (stringp e) (substring-no-properties e) e)) (flatten-tree (chk-imenu))))
    (let ((symbols (lsp--get-document-symbols)))
      (chk 'symbols (mapcar (lambda (s) (cons (lsp:document-symbol-name s)
                                              (mapcar #'lsp:document-symbol-name (lsp:document-symbol-children? s))))
                            symbols))
      (chk-assert (cl-some (lambda (s) (and (equal (lsp:document-symbol-name s) "Rachel Dunmore")
                                            (> (length (lsp:document-symbol-children? s)) 0)))
                           symbols)
                  "a top-level Rachel Dunmore symbol with her quote under it")
      (chk-assert (chk-imenu-has "Rachel Dunmore") "imenu lists Rachel Dunmore"))
    ;; settings at run time
    (newslint-update-settings '(:rules (:unattributed-claim "hint")))
    (chk-assert (chk-wait (lambda () (flymake-start) (and (chk-all-of chk-claim "note") (chk-all-of chk-vague "warning"))))
                "diagnostics follow newslint-update-settings")
    (chk 'flymake-after-settings (chk-flymake))
    (dolist (b (buffer-list))
      (when (string-match-p "\\*lsp-log" (buffer-name b))
        (chk-save-buffer b "lspmode-io.log")))
    (chk-save-buffer "*newslint::stderr*" "lspmode-server-stderr.log")
    (setq chk-ok t)
    (lsp-workspace-shutdown ws)
    (let ((proc (lsp--workspace-proc ws)))
      (chk-wait (lambda () (not (process-live-p proc))) 10)
      (chk 'server-after-shutdown (list (process-status proc) (process-exit-status proc))))))

(condition-case err
    (pcase chk-client
      ('eglot (chk-eglot))
      ('lsp-mode (chk-lsp-mode))
      (_ (error "NEWSLINT_CLIENT must be eglot or lsp-mode")))
  (error (setq chk-ok nil) (chk 'error err)))
(chk 'ok chk-ok)
(chk-save-buffer "*Messages*" (format "%s-messages.log" chk-client))
(when chk-out
  (with-temp-file chk-out (insert (pp-to-string (reverse chk-result)))))
(kill-emacs (if chk-ok 0 1))
