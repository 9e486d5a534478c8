-- Headless Neovim check of editors/nvim against the real newslint server.
--
--   nvim --headless -u USER_INIT.lua -i NONE -n ARTICLE -c "luafile editors/test/nvim_check.lua"
--
-- USER_INIT.lua is the README's Neovim recipe (runtimepath + require("newslint").setup{...}
-- with settings = { rules = { ["vague-source"] = "info" } }): this script only observes what the
-- plugin did when the article was opened, then drives hover, symbols, a settings change and stop.
-- Env: NEWSLINT_OUT (JSON result), NEWSLINT_WAIT_MS (per wait, default 60000).
local out_path = assert(os.getenv("NEWSLINT_OUT"), "NEWSLINT_OUT is not set")
local wait_ms = tonumber(os.getenv("NEWSLINT_WAIT_MS") or "") or 60000
local t0 = vim.loop.hrtime()
local r = {
  ok = false,
  nvim = string.format("%d.%d.%d", vim.version().major, vim.version().minor, vim.version().patch),
  steps = {},
}

local function ms() return math.floor((vim.loop.hrtime() - t0) / 1e6) end
local function step(name) table.insert(r.steps, { step = name, ms = ms() }) end

local function finish(code)
  local f = io.open(out_path, "w")
  if f then
    f:write(vim.fn.json_encode(r))
    f:close()
  end
  io.stderr:write(vim.fn.json_encode(r) .. "\n")
  vim.cmd(code == 0 and "qall!" or ("cquit! " .. code))
end

local SEV = { [1] = "error", [2] = "warning", [3] = "info", [4] = "hint" }

local function diag_code(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function diagnostics(bufnr)
  return vim.tbl_map(function(d)
    return { lnum = d.lnum, col = d.col, severity = SEV[d.severity], code = diag_code(d), message = d.message }
  end, vim.diagnostic.get(bufnr))
end

-- every diagnostic of rule `code` has `severity`, and there is at least one
local function all_of(bufnr, code, severity)
  local n = 0
  for _, d in ipairs(diagnostics(bufnr)) do
    if d.code == code then
      if d.severity ~= severity then return false end
      n = n + 1
    end
  end
  return n > 0
end

local function has_message(bufnr, text)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.message:find(text, 1, true) then return true end
  end
  return false
end

local function newslint_client(bufnr)
  local list = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr }) or vim.lsp.buf_get_clients(bufnr)
  for _, c in pairs(list) do
    if c.name == "newslint" then return c end
  end
  return nil
end

-- vim.wait() that gives up as soon as the newslint client has stopped (the server died)
local watched
local function wait_for(pred)
  local ok = vim.wait(wait_ms, function()
    return pred() or (watched ~= nil and watched.is_stopped())
  end, 50)
  assert(not (watched and watched.is_stopped()), "the newslint server stopped (its stderr is in nvim-lsp.log)")
  return ok and pred()
end

local function float_lines()
  for _, w in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(w).relative ~= "" then
      return vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(w), 0, -1, false)
    end
  end
  return nil
end

local function names(symbols, acc, depth)
  acc = acc or {}
  for _, s in ipairs(symbols or {}) do
    table.insert(acc, { name = s.name, depth = depth or 0, children = s.children and #s.children or 0,
                        container = s.containerName })
    names(s.children, acc, (depth or 0) + 1)
  end
  return acc
end

local ok, err = xpcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  r.file = vim.api.nvim_buf_get_name(bufnr)
  r.filetype = vim.bo[bufnr].filetype
  assert(r.filetype == "text", "filetype is " .. tostring(r.filetype) .. ", expected text")

  -- the plugin attached a client named newslint from its FileType autocommand
  -- (an uninitialised client is only visible through get_client_by_id; it vanishes if the
  -- server dies before answering initialize)
  local seen, died = {}, false
  vim.wait(wait_ms, function()
    for id = 1, 10 do
      local c = vim.lsp.get_client_by_id(id)
      if c and c.name == "newslint" then seen[id] = true end
      if seen[id] and (not c or c.is_stopped()) then died = true end
    end
    return died or newslint_client(bufnr) ~= nil
  end, 50)
  assert(not died, "the newslint server stopped before initializing (its stderr is in nvim-lsp.log)")
  assert(newslint_client(bufnr), "no newslint client attached to the buffer")
  local client = newslint_client(bufnr)
  watched = client
  r.cmd = client.config.cmd
  r.root_dir = client.config.root_dir
  local repo = os.getenv("NEWSLINT_REPO")
  assert(not repo or r.root_dir == repo, "root_dir " .. tostring(r.root_dir) .. ", expected " .. tostring(repo))
  r.init_options = client.config.init_options
  step("attached")

  -- (a) diagnostics, with the recipe's setting vague-source = info applied
  local got = wait_for(function()
    return has_message(bufnr, "Unattributed claim") and all_of(bufnr, "vague-source", "info")
  end)
  r.diagnostics = diagnostics(bufnr)
  assert(has_message(bufnr, "Unattributed claim"), "no 'Unattributed claim' diagnostic")
  assert(got, "vague-source diagnostics are not all 'info' (settings not applied)")
  step("diagnostics")

  -- (b) hover on "Dunmore" in "Rachel Dunmore", through vim.lsp.buf.hover()'s floating window
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local lnum, bytecol
  for i, line in ipairs(lines) do
    local s = line:find("Rachel Dunmore", 1, true)
    if s then lnum, bytecol = i - 1, s - 1 + #"Rachel " break end
  end
  assert(lnum, "'Rachel Dunmore' is not in the article")
  local character = vim.str_utfindex(lines[lnum + 1], bytecol)
  r.hover_position = { line = lnum, character = character }
  vim.api.nvim_win_set_cursor(0, { lnum + 1, bytecol })
  vim.lsp.buf.hover()
  wait_for(function() return float_lines() ~= nil end)
  r.hover_float = float_lines()
  assert(r.hover_float and table.concat(r.hover_float, "\n"):find("Rachel Dunmore", 1, true),
    "hover window does not mention Rachel Dunmore")
  vim.api.nvim_win_set_cursor(0, { lnum + 1, bytecol }) -- a cursor move closes the float
  for _, w in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(w).relative ~= "" then vim.api.nvim_win_close(w, true) end
  end
  -- ... and the raw response, to record the markup kind the server chose
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = r.hover_position }
  local hov = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", params, wait_ms)
  local hres = hov and hov[client.id] and hov[client.id].result
  r.hover_raw = hres and hres.contents
  step("hover")

  -- (c) document symbols: the raw tree, then vim.lsp.buf.document_symbol()'s list
  local sym = vim.lsp.buf_request_sync(bufnr, "textDocument/documentSymbol",
    { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }, wait_ms)
  local sres = sym and sym[client.id] and sym[client.id].result
  assert(type(sres) == "table", "no documentSymbol result")
  r.symbols = names(sres)
  local speaker, reported = false, false
  for _, s in ipairs(sres) do
    if s.name == "Rachel Dunmore" and s.children and #s.children > 0 then
      speaker = true
      -- what she is reported as saying without quotation marks is listed too, told apart in the detail
      for _, c in ipairs(s.children) do
        if type(c.detail) == "string" and c.detail:find("^reported") and c.name:find("Welsh Bridge", 1, true) then
          reported = true
        end
      end
    end
  end
  assert(speaker, "no top-level 'Rachel Dunmore' symbol with quotes under it")
  assert(reported, "no reported statement (detail 'reported …') under Rachel Dunmore")
  vim.fn.setqflist({}, "r")
  vim.fn.setloclist(0, {}, "r")
  vim.lsp.buf.document_symbol()
  local function listed()
    local items = vim.list_extend(vim.fn.getqflist(), vim.fn.getloclist(0))
    return vim.tbl_map(function(i) return i.text end, items)
  end
  wait_for(function() return #listed() > 0 end)
  r.symbol_list = listed()
  assert(table.concat(r.symbol_list, "\n"):find("Rachel Dunmore", 1, true), "symbol list lacks Rachel Dunmore")
  step("symbols")

  -- settings at run time: set_settings() sends workspace/didChangeConfiguration
  require("newslint").set_settings({ rules = { ["unattributed-claim"] = "hint" } })
  local changed = wait_for(function()
    return all_of(bufnr, "unattributed-claim", "hint") and all_of(bufnr, "vague-source", "warning")
  end)
  r.diagnostics_after_settings = diagnostics(bufnr)
  assert(changed, "diagnostics did not follow set_settings()")
  step("didChangeConfiguration")

  -- stop: shutdown + exit
  client.config.on_exit = function(code, signal) r.server_exit = { code = code, signal = signal } end
  watched = nil
  client.stop()
  r.stopped = vim.wait(10000, function() return client.is_stopped() and r.server_exit ~= nil end, 50)
  assert(r.stopped, "client did not stop, or the server did not exit")
  assert(r.server_exit.code == 0, "server exit status " .. tostring(r.server_exit.code) .. " after shutdown + exit")
  step("stopped")
  r.ok = true
end, debug.traceback)

if not ok then r.error = tostring(err) end
finish(r.ok and 0 or 1)
