-- Headless Neovim check of newslint's code actions, applied by Neovim itself.
--
--   nvim --headless --clean -n -i NONE -c "luafile editors/test/nvim_quickfix.lua" ARTICLE
--
-- ARTICLE is editors/test/quickfix-article.txt (or a copy) in a folder with no .newslint.json
-- above it; that folder is the workspace root. Env:
--   NEWSLINT_CMD      the server command, its words separated by the ASCII unit separator (\031)
--   NEWSLINT_OUT      where to write the JSON result
--   NEWSLINT_WAIT_MS  per wait (default 60000)
-- Steps, each through Neovim's own LSP client (vim.lsp.start_client, 0.7+):
--   1. the unattributed-claim diagnostic arrives; textDocument/codeAction at it offers "Insert an
--      attribution placeholder"; vim.lsp.util.apply_workspace_edit applies it to the buffer; the
--      buffer's line ends in ", SOURCE said." and, re-analysed after Neovim's didChange, the
--      finding on that line is gone;
--   2. code actions at the later "Rachel Dunmore" offer writing the name in full at its first
--      mention ("Dunmore said"); applied, the buffer's first mention reads "Rachel Dunmore";
--   3. "Create .newslint.json with …" (CreateFile + edit in documentChanges) applied: the new
--      buffer holds JSON whose names list Rachel Dunmore;
--   4. client.stop(): shutdown + exit.
-- The result JSON holds the buffer's text after each step, for NeovimIT to compare exactly.
local out_path = assert(os.getenv("NEWSLINT_OUT"), "NEWSLINT_OUT is not set")
local cmd = vim.split(assert(os.getenv("NEWSLINT_CMD"), "NEWSLINT_CMD is not set"), "\031", true)
local wait_ms = tonumber(os.getenv("NEWSLINT_WAIT_MS") or "") or 60000
local r = { ok = false, steps = {},
  nvim = string.format("%d.%d.%d", vim.version().major, vim.version().minor, vim.version().patch) }

local function finish(code)
  local f = io.open(out_path, "w")
  if f then
    f:write(vim.fn.json_encode(r))
    f:close()
  end
  io.stderr:write(vim.fn.json_encode(r) .. "\n")
  vim.cmd(code == 0 and "qall!" or ("cquit! " .. code))
end

local client
local function wait_for(pred)
  local ok = vim.wait(wait_ms, function() return pred() or (client ~= nil and client.is_stopped()) end, 50)
  assert(not (client and client.is_stopped()), "the newslint server stopped")
  return ok and pred()
end

local function buffer_text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), "\n") .. "\n"
end

local function diagnostics_of(bufnr, code, lnum)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code and (lnum == nil or d.lnum == lnum) then table.insert(out, d) end
  end
  return out
end

-- textDocument/codeAction over a range (0-based line and UTF-16 characters), the raw result
local function code_actions(bufnr, range, diagnostics)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = range,
    context = { diagnostics = diagnostics or {} },
  }
  local res = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, wait_ms)
  local actions = res and res[client.id] and res[client.id].result or {}
  return actions
end

local function titled(actions, prefix)
  for _, a in ipairs(actions) do
    if a.title:sub(1, #prefix) == prefix then return a end
  end
  local titles = vim.tbl_map(function(a) return a.title end, actions)
  error("no action '" .. prefix .. "…' among " .. vim.inspect(titles))
end

-- the LSP form of a vim.diagnostic entry, as a code action request carries it (vim.diagnostic keeps
-- byte columns; LSP wants UTF-16 characters)
local function lsp_diagnostic(bufnr, d)
  local function pos(lnum, bytecol)
    local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1] or ""
    return { line = lnum, character = vim.str_utfindex(line, math.min(bytecol, #line)) }
  end
  return {
    range = { start = pos(d.lnum, d.col), ["end"] = pos(d.end_lnum or d.lnum, d.end_col or d.col) },
    message = d.message, code = d.code, source = d.source, severity = d.severity,
  }
end

local ok, err = xpcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  local file = vim.api.nvim_buf_get_name(bufnr)
  local root = vim.fn.fnamemodify(file, ":p:h")
  r.file = file
  r.before = buffer_text(bufnr)
  local id = vim.lsp.start_client({
    name = "newslint",
    cmd = cmd,
    root_dir = root,
    on_exit = function(code, signal) r.server_exit = { code = code, signal = signal } end,
  })
  assert(id, "vim.lsp.start_client failed")
  assert(vim.lsp.buf_attach_client(bufnr, id), "buf_attach_client failed")
  client = vim.lsp.get_client_by_id(id)
  table.insert(r.steps, "started")

  -- 1. the attribution placeholder
  assert(wait_for(function() return #diagnostics_of(bufnr, "unattributed-claim") > 0 end),
    "no unattributed-claim diagnostic")
  local d = diagnostics_of(bufnr, "unattributed-claim")[1]
  local lsp_d = lsp_diagnostic(bufnr, d)
  r.claim_line = d.lnum
  local actions = code_actions(bufnr, lsp_d.range, { lsp_d })
  r.titles_at_claim = vim.tbl_map(function(a) return a.title end, actions)
  local placeholder = titled(actions, "Insert an attribution placeholder")
  assert(placeholder.kind == "quickfix", "placeholder kind " .. tostring(placeholder.kind))
  vim.lsp.util.apply_workspace_edit(placeholder.edit, client.offset_encoding)
  r.after_placeholder = buffer_text(bufnr)
  local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
  assert(line:sub(-#", SOURCE said.") == ", SOURCE said.", "line after the edit: " .. line)
  -- Neovim sent the edit as didChange; the new analysis has no finding on that line any more
  local version = vim.lsp.util.buf_versions[bufnr]
  assert(wait_for(function()
    return #diagnostics_of(bufnr, "unattributed-claim", d.lnum) == 0
  end), "the unattributed-claim finding is still there after the placeholder (buffer version "
    .. tostring(version) .. ")")
  r.diagnostics_after_placeholder = vim.tbl_map(function(x) return { lnum = x.lnum, code = x.code } end,
    vim.diagnostic.get(bufnr))
  table.insert(r.steps, "placeholder")

  -- 2. the full name at its first mention, from the cursor on the later full mention
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local lnum, col
  for i, l in ipairs(lines) do
    local s = l:find("Rachel Dunmore", 1, true)
    if s then lnum, col = i - 1, s - 1 + 2 break end
  end
  assert(lnum, "'Rachel Dunmore' is not in the buffer")
  local character = vim.str_utfindex(lines[lnum + 1], col)
  local at = { line = lnum, character = character }
  -- the server has analysed the newest version before it answers (its requests wait for it)
  actions = code_actions(bufnr, { start = at, ["end"] = at })
  r.titles_at_name = vim.tbl_map(function(a) return a.title end, actions)
  local expand = titled(actions, "Write \u{201C}Rachel Dunmore\u{201D} in full")
  assert(expand.kind == "refactor.rewrite", "expand kind " .. tostring(expand.kind))
  vim.lsp.util.apply_workspace_edit(expand.edit, client.offset_encoding)
  r.after_expand = buffer_text(bufnr)
  table.insert(r.steps, "expand")

  -- 3. the house list: no .newslint.json yet, so a CreateFile + edit at the workspace root
  local create = titled(code_actions(bufnr, { start = at, ["end"] = at }), "Create .newslint.json with")
  assert(create.edit.documentChanges, "no documentChanges in the create action")
  vim.lsp.util.apply_workspace_edit(create.edit, client.offset_encoding)
  local config_path = root .. "/.newslint.json"
  local cbuf = vim.fn.bufnr(config_path)
  assert(cbuf > 0, "Neovim made no buffer for " .. config_path)
  r.config_text = buffer_text(cbuf)
  -- saved as Neovim writes it, the file is JSON whose names list Rachel Dunmore
  vim.api.nvim_buf_call(cbuf, function() vim.cmd("silent write") end)
  local saved = table.concat(vim.fn.readfile(config_path), "\n")
  local parsed = vim.fn.json_decode(saved)
  assert(type(parsed) == "table" and parsed.names and parsed.names[1] and parsed.names[1].name == "Rachel Dunmore",
    "the new .newslint.json does not list Rachel Dunmore: " .. saved)
  table.insert(r.steps, "house-list")

  -- 4. stop: shutdown + exit
  local c = client
  client = nil
  c.stop()
  r.stopped = vim.wait(10000, function() return c.is_stopped() and r.server_exit ~= nil end, 50)
  assert(r.stopped, "client did not stop, or the server did not exit")
  assert(r.server_exit.code == 0, "server exit status " .. tostring(r.server_exit.code))
  table.insert(r.steps, "stopped")
  r.ok = true
end, debug.traceback)

if not ok then r.error = tostring(err) end
finish(r.ok and 0 or 1)
