"""CSV reading and writing, written for weft from the documented behaviour
of CPython 3.11's csv and _csv modules.

The reader is the same character state machine as CPython's (a record may
span several input lines when a quoted field holds a newline), so that
malformed input fails with the same csv.Error at the same place. The
writer quotes a field only when it holds the delimiter, the quote
character, the escape character or a character of the line terminator
(QUOTE_MINIMAL), and always writes a lone empty field as "" so that the
row reads back as [''] and not as [].
"""

import re as _re
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', 'excel', 'excel_tab', 'unix_dialect',
           'field_size_limit', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'Sniffer', 'unregister_dialect',
           'DictReader', 'DictWriter', '__version__']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    """Malformed CSV input, or a row the dialect cannot write."""


_field_limit = 128 * 1024
_dialects = {}

_FIELDS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
           'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s'
                        % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Spec(object):
    """A validated, immutable set of dialect parameters (CPython's
    _csv.Dialect): a dialect name or object, overridden by keywords."""

    __slots__ = _FIELDS

    def __init__(self, dialect=None, **params):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in params:
            if name not in _FIELDS:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "Dialect()" % name)

        def pick(name, default):
            if name in params:
                return params[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default

        quoting = pick('quoting', QUOTE_MINIMAL)
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC,
                           QUOTE_NONE) or type(quoting) is not int:
            raise TypeError('bad "quoting" value')
        set_ = object.__setattr__
        set_(self, 'delimiter', _char('delimiter', pick('delimiter', ','),
                                      False))
        set_(self, 'quotechar', _char('quotechar', pick('quotechar', '"'),
                                      True))
        set_(self, 'escapechar', _char('escapechar', pick('escapechar', None),
                                       True))
        terminator = pick('lineterminator', '\r\n')
        if terminator is None:
            raise TypeError('lineterminator must be set')
        if not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string, not %s'
                            % type(terminator).__name__)
        set_(self, 'lineterminator', terminator)
        set_(self, 'quoting', quoting)
        set_(self, 'doublequote', bool(pick('doublequote', True)))
        set_(self, 'skipinitialspace', bool(pick('skipinitialspace', False)))
        set_(self, 'strict', bool(pick('strict', False)))
        if self.quotechar is None and quoting != QUOTE_NONE:
            # An explicit quotechar=None without quoting= turns quoting off.
            if 'quotechar' in params and 'quoting' not in params:
                set_(self, 'quoting', QUOTE_NONE)
            else:
                raise TypeError('quotechar must be set if quoting enabled')

    def __setattr__(self, name, value):
        raise AttributeError('attribute %r of \'_csv.Dialect\' objects is '
                             'not writable' % name)


class Dialect(object):
    """Describe a CSV dialect; subclass it and set the attributes."""

    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Spec(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Excel's comma-separated format."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-separated format."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Files written on Unix: '\\n' line ends, every field quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Spec(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect')


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    """Return the largest field the reader accepts; set it if given."""
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d'
                        % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)

# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None     # end of one input line: not a character


class _Reader(object):
    def __init__(self, source, dialect, params):
        self._lines = iter(source)
        self._pending = None    # a line the fast path handed back
        self.dialect = _Spec(dialect, **params)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        if d.quoting != QUOTE_NONNUMERIC and not d.skipinitialspace:
            # Fast path: a whole record on one line with nothing to
            # unquote or unescape splits exactly as the state machine
            # would (trailing CR/LF end the record; an empty line is []).
            line = next(self._lines)
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the '
                            'file should be opened in text mode)'
                            % type(line).__name__)
            body = line.rstrip('\r\n')
            if ('\r' not in body and '\n' not in body and
                    (d.quotechar is None or d.quotechar not in body) and
                    (d.escapechar is None or d.escapechar not in body)):
                self.line_num += 1
                if not body:
                    return []
                fields = body.split(d.delimiter)
                for field in fields:
                    if len(field) > _field_limit:
                        raise Error('field larger than field limit (%d)'
                                    % _field_limit)
                return fields
            self._pending = line
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = self._pending
                if line is None:
                    line = next(self._lines)
                else:
                    self._pending = None
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the '
                            'file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._step(c)
            self._step(_EOL)
            if self._state == _START_RECORD:
                break
        return self._fields

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def _save_field(self):
        text = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._fields.append(float(text))
        else:
            self._fields.append(text)

    def _step(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                # The state stays: after an escaped CR/LF the record goes
                # on over the end of this line.
                self._add(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = (_QUOTE_IN_QUOTED_FIELD if d.doublequote
                               else _IN_FIELD)
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'"
                            % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error('new-line character seen in unquoted field - do '
                            'you need to open the file in universal-newline '
                            'mode?')


class _Writer(object):
    def __init__(self, fileobj, dialect, params):
        self._write = getattr(fileobj, 'write', None)
        if self._write is None or not callable(self._write):
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _Spec(dialect, **params)
        d = self.dialect
        self._specials = [c for c in (d.delimiter, d.quotechar, d.escapechar)
                          if c is not None] + list(d.lineterminator)

    def _quote_field(self, text, quoted, out):
        d = self.dialect
        if not quoted and d.quoting != QUOTE_NONE:
            # Fast path: nothing in the field needs quoting or escaping.
            for special in self._specials:
                if special in text:
                    break
            else:
                out.append(text)
                return
        chars = []
        for c in text:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or \
                    c in d.lineterminator:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            chars.append(d.quotechar)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    chars.append(d.escapechar)
            chars.append(c)
        if quoted:
            out.append(d.quotechar + ''.join(chars) + d.quotechar)
        else:
            out.append(''.join(chars))

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s'
                        % type(row).__name__) from None
        out = []
        count = 0
        for field in fields:
            count += 1
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex))
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._quote_field(text, quoted, out)
        line = d.delimiter.join(out)
        if count == 1 and line == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            line = d.quotechar * 2
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect='excel', **fmtparams):
    """Iterate over the records of csvfile (any iterable of lines)."""
    return _Reader(csvfile, dialect, fmtparams)


def writer(csvfile, dialect='excel', **fmtparams):
    """Return an object whose writerow() writes records to csvfile."""
    return _Writer(csvfile, dialect, fmtparams)


class DictReader(object):
    """Reads records as dicts keyed by the header row (or fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, row))
        if len(names) < len(row):
            record[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                record[key] = self.restval
        return record

    __class_getitem__ = classmethod(lambda cls, item: cls)


class DictWriter(object):
    """Writes dicts as records in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise',
                 dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(lambda cls, item: cls)


class Sniffer(object):
    """Guesses the dialect of a sample and whether it has a header row."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
        if not delimiter:
            raise Error('Could not determine delimiter')

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        # A quoted field next to a delimiter names both characters.
        patterns = (
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)')
        matches = []
        for pattern in patterns:
            regexp = _re.compile(pattern, _re.DOTALL | _re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break
        if not matches:
            return '', False, None, 0
        quotes = {}
        delims = {}
        spaces = 0
        groupindex = regexp.groupindex
        for m in matches:
            key = m[groupindex['quote'] - 1]
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            try:
                key = m[groupindex['delim'] - 1]
            except KeyError:
                continue
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            try:
                if m[groupindex['space'] - 1]:
                    spaces += 1
            except KeyError:
                pass
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        dq = _re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
            % {'delim': _re.escape(delim), 'quote': quotechar}, _re.MULTILINE)
        doublequote = bool(dq.search(data))
        return quotechar, doublequote, delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        # The delimiter is the character whose count per line is the most
        # consistent across the sample.
        lines = [l for l in data.split('\n')]
        candidates = {}
        for c in sorted(set(data)):
            if c.isalnum() or c in '\n\r"\'':
                continue
            if delimiters is not None and c not in delimiters:
                continue
            counts = [l.count(c) for l in lines if l]
            if not counts or not any(counts):
                continue
            mode = max(set(counts), key=counts.count)
            consistency = counts.count(mode) / len(counts)
            if mode > 0:
                candidates[c] = consistency
        if not candidates:
            return '', 0
        best = max(candidates.values())
        winners = [c for c in candidates if candidates[c] == best]
        delim = winners[0]
        for c in self.preferred:
            if c in winners:
                delim = c
                break
        skipinitialspace = (data.split('\n')[0].count(delim) ==
                            data.split('\n')[0].count(delim + ' '))
        return delim, skipinitialspace

    def has_header(self, sample):
        # A header is likely when some column's first value does not have
        # the type (or the length) that the rest of the column shares.
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        types = {i: None for i in range(columns)}
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(types):
                for kind in (int, float, complex):
                    try:
                        kind(row[col])
                        break
                    except (ValueError, OverflowError):
                        pass
                else:
                    kind = len(row[col])
                if kind != types[col]:
                    if types[col] is None:
                        types[col] = kind
                    else:
                        del types[col]
        votes = 0
        for col, kind in types.items():
            if type(kind) == type(0):
                if len(header[col]) != kind:
                    votes += 1
                else:
                    votes -= 1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
