"""String constants, Template, Formatter and capwords (string), for weft."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

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

    Subclasses may change delimiter, idpattern (the names after the
    delimiter), braceidpattern (the names inside braces, idpattern by
    default) and flags, or replace pattern: a regular expression with the
    named groups escaped, named, braced and invalid, compiled with
    re.VERBOSE when the class is created.
    """

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None  # re.IGNORECASE, set below once re is imported

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._compile_pattern()

    @classmethod
    def _compile_pattern(cls):
        import re
        if cls.flags is None:
            cls.flags = re.IGNORECASE
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            pattern = (delim + '(?:(?P<escaped>' + delim + ')|(?P<named>' + ident +
                       ')|{(?P<braced>' + braced + ')}|(?P<invalid>))')
        cls.pattern = re.compile(pattern, cls.flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        index = mo.start('invalid')
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, mapping=None, /, **kws):
        """Substitute every placeholder; a missing name raises KeyError and
        a malformed placeholder ValueError."""
        mapping = _merge(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute, but leave unknown or malformed placeholders as
        they are."""
        mapping = _merge(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def get_identifiers(self):
        """Return the valid placeholder names, in order of first use."""
        names = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if named not in names:
                    names.append(named)
            elif mo.group('invalid') is None and mo.group('escaped') is None:
                raise self._unrecognized()
        return names

    def is_valid(self):
        """Report whether every delimiter starts a valid placeholder."""
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise self._unrecognized()
        return True


Template._compile_pattern()


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


class Formatter:
    """str.format's machinery as overridable methods: vformat parses the
    format string, get_value/get_field look fields up, convert_field and
    format_field apply !r/!s/!a and the format spec, check_unused_args may
    reject unused arguments."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) for
        each replacement field (None fields for trailing literal text)."""
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            c = s[i]
            if c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            if c != '{':
                literal.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                i += 2
                continue
            # A replacement field: find its matching '}'.
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                if i + 1 == n:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            i = j
            # field_name [!conversion] [:format_spec]; '[' ... ']' in the
            # name may hold ':' or '!'.
            k = 0
            while k < len(field) and field[k] not in '!:':
                if field[k] == '[':
                    while k < len(field) and field[k] != ']':
                        k += 1
                k += 1
            name = field[:k]
            conversion = None
            spec = ''
            if k < len(field) and field[k] == '!':
                if k + 1 >= len(field):
                    raise ValueError("unmatched '{' in format spec")
                conversion = field[k + 1]
                k += 2
                if k < len(field) and field[k] != ':':
                    raise ValueError("expected ':' after conversion specifier")
            if k < len(field) and field[k] == ':':
                spec = field[k + 1:]
            yield ''.join(literal), name, spec, conversion
            literal = []
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        """Look up a field name such as 0.attr[key][1]; return the object
        and the first part (the argument used)."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _split_field_name(name):
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i + 1:j]))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key == '':
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest
