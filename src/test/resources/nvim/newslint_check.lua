-- newslint_check.lua: drives the newslint language server from headless Neovim (0.7+ API).
--
--   nvim --headless --clean -n -i NONE -c "luafile newslint_check.lua" ARTICLE
--
-- Environment:
--   NEWSLINT_CMD         the server command line, its words separated by the ASCII unit separator
--                        (\031), so paths with spaces survive; e.g. java<US>-jar<US>/path/newslint.jar
--   NEWSLINT_OUT         where to write the JSON result
--   NEWSLINT_HOVER_LINE  0-based line to hover on
--   NEWSLINT_HOVER_CHAR  0-based UTF-16 column to hover on
--   NEWSLINT_TIMEOUT_MS  how long to wait for the first diagnostics (default 40000)
--
-- Uses vim.lsp.start_client + vim.lsp.buf_attach_client (vim.lsp.start is 0.8+). Proves, through
-- Neovim's own LSP client: diagnostics land in vim.diagnostic; a raw textDocument/hover request
-- answers (and vim.lsp.buf.hover() opens its floating window); textDocument/documentSymbol answers;
-- client.stop() sends shutdown + exit and the server exits. The JSON result carries what the
-- server said, for the caller to check newslint's content. Exit status 0 only if every step worked.

local result = {
  ok = false,
  nvim = string.format("%d.%d.%d", vim.version().major, vim.version().minor, vim.version().patch),
  steps = {},
}

local out_path = os.getenv("NEWSLINT_OUT")

local function finish(code)
  local json = vim.fn.json_encode(result)
  if out_path and out_path ~= "" then
    local f = io.open(out_path, "w")
    if f then
      f:write(json)
      f:close()
    else
      io.stderr:write("newslint_check: cannot write " .. out_path .. "\n")
      code = 3
    end
  end
  io.stderr:write(json .. "\n")
  if code == 0 then
    vim.cmd("qall!")
  else
    vim.cmd("cquit! " .. code)
  end
end

-- Text of a hover's contents: MarkupContent, MarkedString or a list of MarkedStrings.
local function hover_text(contents)
  if type(contents) == "string" then
    return contents
  end
  if type(contents) ~= "table" then
    return nil
  end
  if contents.value ~= nil then
    return contents.value
  end
  local parts = {}
  for _, c in ipairs(contents) do
    parts[#parts + 1] = type(c) == "string" and c or (c.value or "")
  end
  return table.concat(parts, "\n")
end

local function symbol_tree(symbols)
  local out = {}
  for _, s in ipairs(symbols or {}) do
    out[#out + 1] = {
      name = s.name,
      kind = s.kind,
      detail = s.detail,
      line = (s.range and s.range.start.line) or (s.location and s.location.range.start.line),
      container = s.containerName,
      children = symbol_tree(s.children),
    }
  end
  return out
end

local ok, err = xpcall(function()
  local cmd_env = os.getenv("NEWSLINT_CMD")
  assert(cmd_env and cmd_env ~= "", "NEWSLINT_CMD is not set")
  assert(out_path and out_path ~= "", "NEWSLINT_OUT is not set")
  local cmd = vim.split(cmd_env, "\031", { plain = true, trimempty = true })
  local hover_line = assert(tonumber(os.getenv("NEWSLINT_HOVER_LINE") or ""), "NEWSLINT_HOVER_LINE is not a number")
  local hover_char = assert(tonumber(os.getenv("NEWSLINT_HOVER_CHAR") or ""), "NEWSLINT_HOVER_CHAR is not a number")
  local timeout = tonumber(os.getenv("NEWSLINT_TIMEOUT_MS") or "") or 40000

  local bufnr = vim.api.nvim_get_current_buf()
  local fname = vim.api.nvim_buf_get_name(bufnr)
  assert(fname ~= "", "no article given on the command line")
  result.file = fname
  result.filetype = vim.bo[bufnr].filetype
  result.cmd = cmd

  -- start the server and attach it to the article's buffer
  local client_id = vim.lsp.start_client({
    name = "newslint",
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(fname, ":p:h"),
    on_exit = function(code, signal)
      result.server_exit = { code = code, signal = signal }
    end,
  })
  assert(client_id, "vim.lsp.start_client returned nil (cannot start " .. table.concat(cmd, " ") .. ")")
  assert(vim.lsp.buf_attach_client(bufnr, client_id), "vim.lsp.buf_attach_client failed")
  table.insert(result.steps, "started")

  -- (a) diagnostics published after didOpen, as Neovim stores them
  local function stopped()
    local c = vim.lsp.get_client_by_id(client_id)
    return c == nil or c.is_stopped()
  end
  local got = vim.wait(timeout, function()
    return #vim.diagnostic.get(bufnr) > 0 or stopped()
  end, 50)
  assert(not stopped(), "the server stopped before publishing diagnostics")
  assert(got, "no diagnostics within " .. timeout .. " ms")
  result.diagnostics = vim.tbl_map(function(d)
    return {
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      message = d.message,
      source = d.source,
      code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
    }
  end, vim.diagnostic.get(bufnr))
  table.insert(result.steps, "diagnostics")

  local client = vim.lsp.get_client_by_id(client_id)
  local sc = client.server_capabilities or {}
  local rc = client.resolved_capabilities or {}
  result.capabilities = {
    hover = sc.hoverProvider or rc.hover or false,
    document_symbol = sc.documentSymbolProvider or rc.document_symbol or false,
    position_encoding = sc.positionEncoding,
    offset_encoding = client.offset_encoding,
  }

  -- (b) hover: a raw request through the client's RPC ...
  local tdi = { uri = vim.uri_from_bufnr(bufnr) }
  local position = { line = hover_line, character = hover_char }
  local hov, hov_err = vim.lsp.buf_request_sync(bufnr, "textDocument/hover",
    { textDocument = tdi, position = position }, 15000)
  local hr = hov and hov[client_id]
  assert(hr, "no hover response: " .. tostring(hov_err) .. " " .. vim.inspect(hov))
  assert(hr.err == nil, "hover error: " .. vim.inspect(hr.err))
  assert(hr.result, "empty hover at " .. vim.inspect(position))
  result.hover = {
    kind = type(hr.result.contents) == "table" and hr.result.contents.kind or nil,
    text = hover_text(hr.result.contents),
    range = hr.result.range,
  }
  table.insert(result.steps, "hover")

  -- ... and through the editor's own UI: vim.lsp.buf.hover() opens a floating window
  local line_text = vim.api.nvim_buf_get_lines(bufnr, hover_line, hover_line + 1, false)[1] or ""
  local byte_col = vim.str_byteindex(line_text, hover_char, true)
  vim.api.nvim_win_set_cursor(0, { hover_line + 1, byte_col })
  vim.lsp.buf.hover()
  local function float_lines()
    for _, w in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(w).relative ~= "" then
        return vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(w), 0, -1, false)
      end
    end
    return nil
  end
  vim.wait(10000, function() return float_lines() ~= nil end, 50)
  result.hover_float_lines = float_lines()

  -- (c) document symbols, raw
  local sym, sym_err = vim.lsp.buf_request_sync(bufnr, "textDocument/documentSymbol", { textDocument = tdi }, 15000)
  local sr = sym and sym[client_id]
  assert(sr, "no documentSymbol response: " .. tostring(sym_err) .. " " .. vim.inspect(sym))
  assert(sr.err == nil, "documentSymbol error: " .. vim.inspect(sr.err))
  assert(type(sr.result) == "table", "documentSymbol result is not a list: " .. vim.inspect(sr.result))
  result.symbols = symbol_tree(sr.result)
  table.insert(result.steps, "symbols")

  -- clean stop: shutdown request, then exit notification; the server should exit with status 0
  client.stop()
  result.stopped = vim.wait(10000, function() return result.server_exit ~= nil end, 50)
  assert(result.stopped, "the server did not exit within 10 s of shutdown + exit")
  table.insert(result.steps, "stopped")

  assert(#result.diagnostics > 0, "no diagnostics")
  assert(result.hover.text and result.hover.text ~= "", "empty hover text")
  assert(#result.symbols > 0, "no document symbols")
  result.ok = true
end, debug.traceback)

if not ok then
  result.error = tostring(err)
end
finish(result.ok and 0 or 1)
