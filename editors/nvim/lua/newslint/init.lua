-- newslint for Neovim: starts the newslint language server for text and Markdown buffers.
--
--   require("newslint").setup({ jar = "/path/to/newslint.jar" })
--
-- Neovim 0.11+ registers the server with vim.lsp.config() and vim.lsp.enable(); older
-- versions (0.7 to 0.10) start it from a FileType autocommand, with vim.lsp.start_client() +
-- vim.lsp.buf_attach_client() on 0.7 (which has no vim.lsp.start) and vim.lsp.start() on 0.8+.
-- One server process serves every matching buffer under the same root folder.
local M = {}

local NAME = "newslint"

M.defaults = {
  -- The server command as a list. When nil it is { java, "-Xmx160m", "-Xmn24m", "-XX:+UseSerialGC",
  -- "-Xlog:disable", "-Xlog:all=warning:stderr", ["-XX:SharedArchiveFile=newslint.jsa",] "-jar", jar }.
  cmd = nil,
  -- Path of newslint.jar; when nil, $NEWSLINT_JAR.
  jar = nil,
  -- The Java 17+ executable.
  java = "java",
  filetypes = { "text", "markdown" },
  -- newslint's settings: { rules = { ["vague-source"] = "info", ... }, maxDocumentChars = N }.
  -- Sent as initializationOptions and with workspace/didChangeConfiguration, as
  -- { newslint = settings }. A table that already has a `newslint` key is sent as it is.
  settings = {},
  -- The workspace root: a folder, or function(bufnr) -> folder. Default: the nearest folder
  -- above the buffer's file holding one of root_markers, else the file's own folder.
  root_dir = nil,
  root_markers = { ".git", ".hg", ".svn" },
  -- Passed through to the client.
  on_attach = nil,
  capabilities = nil,
}

local config = nil -- the merged options, after setup()

local function has(feature)
  return vim.fn.has(feature) == 1
end

local function notify(msg, level)
  vim.notify("newslint: " .. msg, level or vim.log.levels.WARN)
end

--- The settings object as the server receives it: { newslint = { ... } }.
local function wire_settings(settings)
  settings = settings or {}
  if settings.newslint ~= nil then
    return settings
  end
  if next(settings) == nil then
    -- an empty Lua table would be encoded as a JSON array
    return { newslint = vim.empty_dict() }
  end
  return { newslint = settings }
end

local function server_cmd(opts)
  if opts.cmd then
    return opts.cmd
  end
  local jar = opts.jar or os.getenv("NEWSLINT_JAR")
  if not jar or jar == "" then
    return nil, "set jar = '/path/to/newslint.jar' (or cmd = { ... }) in require('newslint').setup()"
  end
  jar = vim.fn.expand(jar)
  if vim.fn.filereadable(jar) ~= 1 then
    return nil, "cannot read the jar " .. jar
  end
  if vim.fn.executable(opts.java) ~= 1 then
    return nil, "cannot run " .. opts.java .. " (set java = '/path/to/bin/java')"
  end
  -- a small heap and the serial collector keep the server near 200 MB resident (README, "Memory and JVM options");
  -- JVM warnings go to stderr, never into the protocol on stdout; the class-data-sharing archive the build
  -- leaves next to the jar (newslint.jsa) makes start-up faster
  local cmd = { opts.java, "-Xmx160m", "-Xmn24m", "-XX:+UseSerialGC", "-Xlog:disable", "-Xlog:all=warning:stderr" }
  local archive = (jar:gsub("%.jar$", "")) .. ".jsa"
  if vim.fn.filereadable(archive) == 1 then
    table.insert(cmd, "-XX:SharedArchiveFile=" .. archive)
  end
  table.insert(cmd, "-jar")
  table.insert(cmd, jar)
  return cmd
end

local function find_root(bufnr, opts)
  if type(opts.root_dir) == "function" then
    return opts.root_dir(bufnr)
  elseif type(opts.root_dir) == "string" then
    return opts.root_dir
  end
  local name = vim.api.nvim_buf_get_name(bufnr)
  local dir = name ~= "" and vim.fn.fnamemodify(name, ":p:h") or vim.fn.getcwd()
  -- the nearest folder holding a marker (a folder or a file: .git is a file in a git worktree)
  local d = dir
  while true do
    for _, marker in ipairs(opts.root_markers or {}) do
      if vim.loop.fs_stat(d .. "/" .. marker) then
        return d
      end
    end
    local parent = vim.fn.fnamemodify(d, ":h")
    if parent == d then
      return dir
    end
    d = parent
  end
end

-- Client methods are called with ':' from 0.11 on, with '.' before.
local function client_notify(client, method, params)
  if has("nvim-0.11") then
    return client:notify(method, params)
  end
  return client.notify(method, params)
end

local function get_clients()
  local all = vim.lsp.get_clients and vim.lsp.get_clients({ name = NAME }) or vim.lsp.get_active_clients()
  return vim.tbl_filter(function(c) return c.name == NAME end, all)
end

--- The client configuration shared by every Neovim version.
local function client_config(opts, cmd)
  local wire = wire_settings(opts.settings)
  local cfg = {
    name = NAME,
    cmd = cmd,
    init_options = wire,
    settings = wire,
    on_attach = opts.on_attach,
    capabilities = opts.capabilities,
  }
  if not has("nvim-0.10") then
    -- 0.10+ sends the settings after initialize itself; older versions may not (0.7 does not)
    cfg.on_init = function(client)
      client_notify(client, "workspace/didChangeConfiguration", { settings = client.config.settings })
    end
  end
  return cfg
end

-- 0.7: one client per root folder, started with vim.lsp.start_client and attached by hand.
local clients_by_root = {}

local function attach_legacy(bufnr, opts, cmd)
  local root = find_root(bufnr, opts)
  local id = clients_by_root[root]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    local cfg = client_config(opts, cmd)
    cfg.root_dir = root
    id = vim.lsp.start_client(cfg)
    if not id then
      notify("could not start " .. table.concat(cmd, " "), vim.log.levels.ERROR)
      return nil
    end
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

local function attach(bufnr, opts, cmd)
  if vim.api.nvim_buf_get_option(bufnr, "buftype") ~= "" then
    return nil
  end
  if vim.lsp.start then
    local cfg = client_config(opts, cmd)
    cfg.root_dir = find_root(bufnr, opts)
    return vim.lsp.start(cfg, { bufnr = bufnr })
  end
  return attach_legacy(bufnr, opts, cmd)
end

--- Sets up newslint. Call once, from init.lua or a plugin manager's config hook.
function M.setup(user)
  local opts = vim.tbl_deep_extend("force", {}, M.defaults, user or {})
  if user and user.settings then
    opts.settings = user.settings -- replace, don't merge with the defaults' empty table
  end
  local cmd, err = server_cmd(opts)
  if not cmd then
    notify(err, vim.log.levels.ERROR)
    return false
  end
  config = opts

  if has("nvim-0.11") and vim.lsp.config and vim.lsp.enable then
    local cfg = client_config(opts, cmd)
    cfg.filetypes = opts.filetypes
    cfg.root_dir = function(bufnr, on_dir)
      on_dir(find_root(bufnr, opts))
    end
    vim.lsp.config(NAME, cfg)
    vim.lsp.enable(NAME)
    return true
  end

  local group = vim.api.nvim_create_augroup("newslint", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = opts.filetypes,
    callback = function(args)
      attach(args.buf, opts, cmd)
    end,
  })
  -- buffers already open (a plugin manager may call setup() late)
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr)
        and vim.tbl_contains(opts.filetypes, vim.api.nvim_buf_get_option(bufnr, "filetype")) then
      attach(bufnr, opts, cmd)
    end
  end
  return true
end

--- Changes the settings of the running servers (workspace/didChangeConfiguration) and of the
--- servers started from now on. `settings` has the same shape as setup()'s `settings`.
function M.set_settings(settings)
  if not config then
    notify("call require('newslint').setup() first")
    return
  end
  config.settings = settings or {}
  local wire = wire_settings(config.settings)
  if has("nvim-0.11") and vim.lsp.config then
    -- replace, not merge (vim.lsp.config() deep-merges tables, which would keep removed rules)
    local resolved = vim.lsp.config[NAME]
    if resolved then
      resolved.init_options = wire
      resolved.settings = wire
      vim.lsp.config[NAME] = resolved
    end
  end
  for _, client in ipairs(get_clients()) do
    client.config.settings = wire
    if client.settings ~= nil then
      client.settings = wire -- 0.10+: what workspace/configuration answers from
    end
    client_notify(client, "workspace/didChangeConfiguration", { settings = wire })
  end
end

--- The running newslint clients.
M.clients = get_clients

return M
