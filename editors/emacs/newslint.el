;;; newslint.el --- newslint language server for eglot and lsp-mode  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages, tools, wp

;;; Commentary:

;; newslint checks news articles (plain text and Markdown) for unattributed claims, vague
;; sources, quotes without a speaker and unbalanced quotation marks, shows who a name refers to
;; on hover, and outlines the quotes by speaker.  It is a language server (Java 17+); this file
;; registers it with eglot and with lsp-mode, whichever of the two you use.
;;
;;   (add-to-list 'load-path "/path/to/newslint/editors/emacs")
;;   (require 'newslint)
;;   (setq newslint-jar "/path/to/newslint.jar")
;;   (add-hook 'text-mode-hook #'newslint-eglot-ensure)   ; or #'newslint-lsp-ensure
;;
;; Neither eglot nor lsp-mode is loaded by this file: each registration happens when (if) that
;; client is loaded.
;;
;; eglot: plain text buffers are handed to newslint through an entry at the end of
;; `eglot-server-programs' (so modes derived from `text-mode' that have their own entry, such as
;; LaTeX, keep their server); Markdown buffers through an entry at the front (ahead of eglot's
;; default Markdown server).  Eglot runs one server per buffer.
;;
;; lsp-mode: newslint is an add-on client (`:add-on? t'), so it runs next to any other server
;; for Markdown.

;;; Code:

(require 'cl-lib)
(require 'subr-x)

(defgroup newslint nil
  "The newslint language server for news articles."
  :group 'tools
  :prefix "newslint-")

(defcustom newslint-jar nil
  "Path of newslint.jar.  Nil means the environment variable NEWSLINT_JAR."
  :type '(choice (const :tag "From $NEWSLINT_JAR" nil) file))

(defcustom newslint-java-program "java"
  "The Java 17+ program that runs `newslint-jar'."
  :type 'string)

(defcustom newslint-server-command nil
  "The whole server command as a list of strings.
When non-nil it is used as it is and `newslint-jar' and
`newslint-java-program' are ignored."
  :type '(choice (const :tag "java -jar newslint.jar" nil) (repeat string)))

(defcustom newslint-settings nil
  "newslint's settings, as a plist in the shape of its JSON settings object.
For example
  (:rules (:vague-source \"info\" :unattributed-claim :json-false)
   :maxDocumentChars 1000000)
A rule value is t or :json-false, a severity (\"hint\", \"info\", \"warning\",
\"error\", \"off\") or a plist (:enabled t :severity \"info\").  The server
receives them as {\"newslint\": {...}} in the LSP initializationOptions and in
workspace/didChangeConfiguration."
  :type 'sexp)

(defcustom newslint-major-modes '(text-mode markdown-mode gfm-mode)
  "Major modes that `newslint-eglot-ensure' and `newslint-lsp-ensure' act in.
The match is exact: modes derived from these (Org, LaTeX...) are left alone."
  :type '(repeat symbol))

(defun newslint-server-command ()
  "The command that starts the newslint server, as a list of strings."
  (or newslint-server-command
      (let ((jar (or newslint-jar (getenv "NEWSLINT_JAR"))))
        (unless (and jar (not (string-empty-p jar)))
          (user-error "newslint: set `newslint-jar' to the path of newslint.jar"))
        (setq jar (expand-file-name jar))
        (unless (file-readable-p jar)
          (user-error "newslint: cannot read %s (`newslint-jar')" jar))
        ;; a small heap and the serial collector keep the server near 200 MB resident (README);
        ;; JVM warnings go to stderr, never into the protocol on stdout; the class-data-sharing
        ;; archive the build leaves next to the jar (newslint.jsa) makes start-up faster
        (let ((archive (concat (file-name-sans-extension jar) ".jsa")))
          (append (list newslint-java-program "-Xmx160m" "-Xmn24m" "-XX:+UseSerialGC"
                        "-Xlog:disable" "-Xlog:all=warning:stderr")
                  (when (file-readable-p archive)
                    (list (concat "-XX:SharedArchiveFile=" archive)))
                  (list "-jar" jar))))))

(defun newslint-workspace-settings ()
  "The settings object sent to the server: (:newslint SETTINGS)."
  (list :newslint (or newslint-settings (make-hash-table))))

(defun newslint--language-id ()
  "The LSP language id for the current buffer."
  (if (derived-mode-p 'markdown-mode) "markdown" "plaintext"))

;;;; eglot

(defvar eglot-server-programs)
(defvar eglot-connect-hook)
(declare-function eglot-ensure "eglot")
(declare-function jsonrpc-notify "jsonrpc")
(declare-function eieio-object-class-name "eieio")

(defun newslint--eglot-server-p (server)
  "Whether SERVER is an eglot connection to newslint."
  (eq (eieio-object-class-name server) 'newslint-eglot-server))

(defun newslint--eglot-contact (&optional _interactive)
  "The eglot contact for newslint: class, command and initialization options."
  (append (list 'newslint-eglot-server)
          (newslint-server-command)
          (list :initializationOptions (lambda (_server) (newslint-workspace-settings)))))

(defun newslint--eglot-send-settings (server)
  "Send newslint's settings to SERVER after eglot's own didChangeConfiguration.
Eglot sends `eglot-workspace-configuration' right after connecting, `{}' when
it is unset, and newslint reads every didChangeConfiguration as the whole
configuration; so send ours afterwards unless the user's workspace
configuration has a :newslint section of its own."
  (when (newslint--eglot-server-p server)
    (let ((conf (and (boundp 'eglot-workspace-configuration)
                     (if (functionp eglot-workspace-configuration)
                         (funcall eglot-workspace-configuration server)
                       eglot-workspace-configuration))))
      (unless (if (keywordp (car-safe conf))
                  (plist-member conf :newslint)
                (or (assq 'newslint conf) (assq :newslint conf)))
        (jsonrpc-notify server :workspace/didChangeConfiguration
                        (list :settings (newslint-workspace-settings)))))))

(defun newslint-eglot-register ()
  "Add newslint to `eglot-server-programs' (done when eglot loads)."
  (unless (fboundp 'newslint-eglot-server)
    (eval '(defclass newslint-eglot-server (eglot-lsp-server) ()
             "An eglot connection to the newslint server.")
          t))
  (setq eglot-server-programs
        (cl-remove-if (lambda (entry) (eq (cdr entry) #'newslint--eglot-contact))
                      eglot-server-programs))
  ;; Markdown first, ahead of eglot's default Markdown server ...
  (push (cons '((markdown-mode :language-id "markdown") (gfm-mode :language-id "markdown"))
              #'newslint--eglot-contact)
        eglot-server-programs)
  ;; ... plain text last, so that modes derived from text-mode keep their own servers.
  (setq eglot-server-programs
        (append eglot-server-programs
                (list (cons '((text-mode :language-id "plaintext")) #'newslint--eglot-contact))))
  (add-hook 'eglot-connect-hook #'newslint--eglot-send-settings 'append))

;;;###autoload
(defun newslint-eglot-ensure ()
  "Start eglot with newslint here if the mode is in `newslint-major-modes'.
Meant for `text-mode-hook' (which also runs in Markdown buffers)."
  (when (and (memq major-mode newslint-major-modes) buffer-file-name)
    (require 'eglot)
    (eglot-ensure)))

(with-eval-after-load 'eglot
  (newslint-eglot-register))

;;;; lsp-mode

(defvar lsp-language-id-configuration)
(defvar lsp--cur-workspace)
(declare-function lsp-register-client "lsp-mode")
(declare-function make-lsp-client "lsp-mode")
(declare-function lsp-stdio-connection "lsp-mode")
(declare-function lsp--set-configuration "lsp-mode")
(declare-function lsp-deferred "lsp-mode")
(declare-function lsp-session "lsp-mode")
(declare-function lsp--session-workspaces "lsp-mode")
(declare-function lsp--workspace-client "lsp-mode")
(declare-function lsp--client-server-id "lsp-mode")

(defcustom newslint-lsp-add-on t
  "Whether newslint runs as an lsp-mode add-on, next to the buffer's main server."
  :type 'boolean)

(defun newslint-lsp-register ()
  "Register newslint as an lsp-mode client (done when lsp-mode loads)."
  ;; lsp-mode 8 knows text-mode and markdown-mode but not gfm-mode
  (unless (assq 'gfm-mode lsp-language-id-configuration)
    (add-to-list 'lsp-language-id-configuration '(gfm-mode . "markdown")))
  (lsp-register-client
   (make-lsp-client
    :new-connection (lsp-stdio-connection #'newslint-server-command)
    :major-modes newslint-major-modes
    :server-id 'newslint
    :priority -1
    :add-on? newslint-lsp-add-on
    :initialization-options #'newslint-workspace-settings
    :initialized-fn #'newslint--lsp-send-settings)))

(defun newslint--lsp-send-settings (workspace)
  "Send newslint's settings to the server of lsp-mode WORKSPACE."
  (let ((lsp--cur-workspace workspace))   ; what `with-lsp-workspace' does
    (lsp--set-configuration (newslint-workspace-settings))))

;;;###autoload
(defun newslint-lsp-ensure ()
  "Start lsp-mode (deferred) here if the mode is in `newslint-major-modes'.
Meant for `text-mode-hook' (which also runs in Markdown buffers)."
  (when (and (memq major-mode newslint-major-modes) buffer-file-name)
    (require 'lsp-mode)
    (lsp-deferred)))

(with-eval-after-load 'lsp-mode
  (newslint-lsp-register))

;;;; Both

(defun newslint-update-settings (settings)
  "Set `newslint-settings' to SETTINGS and send them to the running servers."
  (interactive (list (read--expression "newslint settings (plist): "
                                       (prin1-to-string newslint-settings))))
  (setq newslint-settings settings)
  (when (featurep 'eglot)
    (dolist (servers (hash-table-values (symbol-value 'eglot--servers-by-project)))
      (dolist (server servers)
        (when (newslint--eglot-server-p server)
          (jsonrpc-notify server :workspace/didChangeConfiguration
                          (list :settings (newslint-workspace-settings)))))))
  (when (featurep 'lsp-mode)
    (dolist (ws (lsp--session-workspaces (lsp-session)))
      (when (eq (lsp--client-server-id (lsp--workspace-client ws)) 'newslint)
        (newslint--lsp-send-settings ws)))))

(provide 'newslint)
;;; newslint.el ends here
