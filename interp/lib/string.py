"""String constants, Template and capwords (string), for weft."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, and join with sep (or a single
    space when sep is None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


class Template:
    """$-substitution: Template('$who likes ${what}').substitute(who='tim',
    what='kung pao'). '$$' is a literal '$'.

    Placeholders are scanned by hand rather than with a regular expression,
    so this module does not depend on re. Subclasses may change delimiter
    (a string) and idpattern is not supported: identifiers are the ASCII
    [_a-z][_a-z0-9]* names, case-insensitively."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    @staticmethod
    def _ident_end(s, i):
        if i < len(s) and (s[i] == '_' or s[i].isascii() and s[i].isalpha()):
            i += 1
            while i < len(s) and (s[i] == '_' or s[i].isascii() and s[i].isalnum()):
                i += 1
        return i

    def _scan(self, mapping, safe):
        s = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(s)
        while True:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                return ''.join(out)
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and s[k] == '{':
                end = self._ident_end(s, k + 1)
                if end > k + 1 and end < n and s[end] == '}':
                    name = s[k + 1:end]
                    i = end + 1
                else:
                    if safe:
                        out.append(d)
                        i = k
                        continue
                    self._invalid(k)
            else:
                end = self._ident_end(s, k)
                if end == k:
                    if safe:
                        out.append(d)
                        i = k
                        continue
                    self._invalid(k)
                name = s[k:end]
                i = end
            if safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(s[j:i])
            else:
                out.append(str(mapping[name]))

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def substitute(self, mapping=None, /, **kws):
        """Substitute every placeholder; a missing name raises KeyError and
        a malformed placeholder ValueError."""
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute, but leave unknown or malformed placeholders as
        they are."""
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        """Return the valid placeholder names, in order of first use."""
        names = []

        class Recorder:
            def __getitem__(self, name):
                if name not in names:
                    names.append(name)
                return ''
        self._scan(Recorder(), True)
        return names

    def is_valid(self):
        """Report whether every delimiter starts a valid placeholder."""
        try:
            self._scan(_Blank(), False)
        except ValueError:
            return False
        return True


class _Blank:
    def __getitem__(self, name):
        return ''


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    return _Chain(kws, mapping)


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]
