# SyntaxError: unterminated string literal.
ok = 'fine'
bad = 'never closed
