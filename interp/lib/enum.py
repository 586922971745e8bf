"""Enumerations (enum), for weft: a faithful subset of Python 3.11's enum.

EnumType collects the members while the class body runs (through the
_EnumDict its __prepare__ returns), then turns each member value into an
instance of the new class. Members are stored as plain class attributes;
EnumType.__setattr__ forbids reassigning them. Lookup by value goes through
_value2member_map_ (or a linear scan for unhashable values), then
_missing_. Flag values that are combinations of members become
"pseudo-members" created on demand and cached in _value2member_map_."""

import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum']

_builtin_property = property
property = DynamicClassAttribute


class auto:
    """Placeholder for a member value computed by _generate_next_value_."""

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


class nonmember:
    """Wrap a class-body value so that it does not become a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Wrap a class-body value (such as a function) to make it a member."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = f'_{cls_name.lstrip("_")}__'
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


class _EnumDict(dict):
    """The class-body namespace of an enum: records member names in order
    and resolves auto() values as they are assigned."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = {}
        self._last_values = []
        self._generate = generate
        self._ignore = []

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_generate_next_value_':
                self._generate = value.__func__ if isinstance(value, staticmethod) else value
            elif key == '_ignore_':
                self._ignore = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is None:
                    value.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._generate(key, 1, len(self._member_names), self._last_values[:])
                              if isinstance(v, auto) else v for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_data_type(bases):
    # The first non-enum class found in the bases' MROs that defines the
    # storage of its instances (int, str, a user mixin with __new__).
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                return base
    return object


class EnumType(type):
    """Metaclass of every enum: makes the class iterable, sized, and
    indexable by member name, and callable by value."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        generate = None
        for base in bases:
            generate = getattr(base, '_generate_next_value_', None)
            if generate is not None:
                break
        if generate is None:
            generate = Enum._generate_next_value_ if Enum is not None else None
        namespace = _EnumDict(cls, generate)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        member_names = list(getattr(classdict, '_member_names', ()))
        members = {name: dict.__getitem__(classdict, name) for name in member_names}
        for name in member_names:
            dict.__delitem__(classdict, name)
        ignore = getattr(classdict, '_ignore', [])
        for name in ignore:
            classdict.pop(name, None)
        classdict.pop('_ignore_', None)
        member_type = _find_data_type(bases)
        user_new = classdict.get('__new__')
        if isinstance(user_new, staticmethod):
            user_new = user_new.__func__
        plain = dict(classdict)
        # Enum's own __new__ looks values up; it never creates members.
        plain['_new_member_'] = None if Enum is None else user_new
        enum_class = super().__new__(metacls, cls, bases, plain, **kwds)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_unhashable_values_', [])
        type.__setattr__(enum_class, '_member_type_', member_type)
        if boundary is not None:
            type.__setattr__(enum_class, '_boundary_', boundary)
        if user_new is None:
            for base in enum_class.__mro__[1:]:
                new = base.__dict__.get('_new_member_')
                if new is not None and new is not Enum.__dict__['__new__']:
                    user_new = new
                    break
        if user_new is None:
            user_new = object.__new__ if member_type is object else member_type.__new__
        flag_mask = 0
        for name, value in members.items():
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (value,)
            if user_new is object.__new__:
                obj = object.__new__(enum_class)
            else:
                obj = user_new(enum_class, *args)
            if not hasattr(obj, '_value_'):
                if member_type is object:
                    obj._value_ = value
                else:
                    obj._value_ = member_type(*args)
            value = obj._value_
            obj._name_ = name
            obj.__objclass__ = enum_class
            obj._sort_order_ = len(enum_class._member_names_)
            init = getattr(enum_class, '__init__', None)
            if init is not None and init is not object.__init__:
                obj.__init__(*args)
            canonical = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
            if canonical is not None:
                obj = canonical
            else:
                is_flag_alias = (Flag is not None and issubclass(enum_class, Flag)
                                 and isinstance(value, int) and not _is_single_bit(value))
                if not is_flag_alias:
                    enum_class._member_names_.append(name)
                if isinstance(value, int):
                    flag_mask |= value
            enum_class._member_map_[name] = obj
            type.__setattr__(enum_class, name, obj)
            try:
                enum_class._value2member_map_.setdefault(value, obj)
            except TypeError:
                enum_class._unhashable_values_.append(value)
        if Flag is not None and issubclass(enum_class, Flag):
            type.__setattr__(enum_class, '_flag_mask_', flag_mask)
            type.__setattr__(enum_class, '_all_bits_', 2 ** flag_mask.bit_length() - 1)
        # A data type's repr/str/format (int.__repr__) must not hide the
        # enum's own: where the MRO would pick a non-enum class's method,
        # use the nearest enum class's instead.
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            owner = next(c for c in enum_class.__mro__ if name in c.__dict__)
            if not isinstance(owner, EnumType):
                for c in enum_class.__mro__:
                    if isinstance(c, EnumType) and name in c.__dict__:
                        type.__setattr__(enum_class, name, c.__dict__[name])
                        break
        # Members are created; from now on calling the class looks values up.
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: Enum('Color', 'RED GREEN')."""
        bases = (cls,) if type is None else (type, cls)
        metacls = cls.__class__
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        """Name -> member mapping, aliases included (read-only)."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"


EnumMeta = EnumType
Enum = Flag = None


class Enum(metaclass=EnumType):
    """Base class of enumerations: members are the class attributes
    assigned in the class body; Color(1) and Color['RED'] look them up."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member")

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Default auto() values: one more than the largest previous int
        value, or start."""
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1]
            return last + 1
        except TypeError:
            raise TypeError(f'unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = type(self)._value_repr_ or repr
        return f"<{type(self).__name__}.{self._name_}: {value_repr(self._value_)}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        names.extend(n for n in type(self).__dict__
                     if not n.startswith('_') and n not in type(self)._member_map_)
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type (int,
    str...) while repr() stays the enum's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""
    __str__ = int.__repr__
    __format__ = int.__format__


IntEnum._value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    """Enum whose members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    __str__ = str.__str__
    __format__ = str.__format__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


StrEnum._value_repr_ = str.__repr__


class FlagBoundary(StrEnum):
    """What Flag does with values that have bits no member defines."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


class Flag(Enum, boundary=STRICT):
    """Enum whose members combine with |, & and ^; a combination is a
    member too (named 'A|B')."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values).bit_length()
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        boundary = cls._boundary_
        if value < 0:
            value = cls._all_bits_ + 1 + value if boundary is not KEEP else value
        unknown = value & ~flag_mask
        if unknown and boundary is STRICT:
            width = max(cls._all_bits_.bit_length(), value.bit_length())
            raise ValueError(
                f"{cls!r} invalid value {value!r}\n    given {_bin(value, width)}\n  allowed {_bin(flag_mask, width)}")
        if unknown and boundary is CONFORM:
            value &= flag_mask
            unknown = 0
        if unknown and boundary is EJECT:
            return value
        member_type = cls._member_type_
        pseudo = object.__new__(cls) if member_type is object else member_type.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_members(value & flag_mask)]
        if unknown:
            names.append(str(unknown))
        pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_members(cls, value):
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ & value == member._value_ and member._value_:
                yield member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                f"and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_members(self._value_)

    def __len__(self):
        return bin(self._value_ & self._flag_mask_).count('1')

    def __repr__(self):
        cls_name = type(self).__name__
        value_repr = type(self)._value_repr_ or repr
        if self._name_ is None:
            return f"<{cls_name}: {value_repr(self._value_)}>"
        return f"<{cls_name}.{self._name_}: {value_repr(self._value_)}>"

    def __str__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _coerce(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._coerce(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ is KEEP and self._member_type_ is not object:
            return self.__class__(~self._value_ & self._flag_mask_ if self._value_ >= 0 else ~self._value_)
        return self.__class__(self._flag_mask_ & ~self._value_)


def _bin(num, width):
    digits = bin(num)[2:].zfill(width)
    return f"0b0 {digits}"


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints and combine with ints."""
    __str__ = int.__repr__
    __format__ = int.__format__
    # int's operators come first in the MRO; the flag ones must win.
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


IntFlag._value_repr_ = int.__repr__


def unique(enumeration):
    """Class decorator that rejects enums with aliases (equal values)."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        details = ', '.join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration


def global_enum(cls):
    """Export the members of cls into its module's namespace."""
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
