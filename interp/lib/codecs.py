"""Codec registry basics: encode/decode/lookup, CodecInfo, incremental
encoders and decoders, the BOM constants, for the codecs weft builds in
(utf-8, ascii, latin-1, utf-16 and utf-32 with their -le/-be forms) and
the bytes-to-bytes codecs hex, base64, zlib, plus rot13. Written for weft:
the text codecs themselves are str.encode/bytes.decode (interp/builtins).
"""

__all__ = [
    "lookup", "encode", "decode", "register", "CodecInfo",
    "getencoder", "getdecoder", "getincrementalencoder",
    "getincrementaldecoder", "IncrementalEncoder", "IncrementalDecoder",
    "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_BE",
    "BOM_UTF16_LE", "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE",
    "strict_errors", "ignore_errors", "replace_errors",
]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


class CodecInfo:
    """The codec functions lookup() returns: also a 4-item sequence
    (encode, decode, streamreader, streamwriter), as in older Pythons.

    CPython makes it a tuple subclass; weft's tuple subclasses carry no
    instance __dict__ yet, so this class plays the sequence part itself."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = object.__new__(cls)
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def _items(self):
        return (self.encode, self.decode, self.streamreader, self.streamwriter)

    def __getitem__(self, i):
        return self._items()[i]

    def __len__(self):
        return 4

    def __iter__(self):
        return iter(self._items())

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class IncrementalEncoder:
    """Encodes input given in pieces; subclasses implement encode()."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes input given in pieces; subclasses implement decode()."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


def _utf8_incomplete(buf):
    """How many bytes at the end of buf start a UTF-8 sequence that more
    input could complete."""
    for back in range(1, min(3, len(buf)) + 1):
        c = buf[-back]
        if c & 0xC0 == 0x80:
            continue  # continuation byte: look further back for the lead
        need = 2 if c & 0xE0 == 0xC0 else 3 if c & 0xF0 == 0xE0 else 4 if c & 0xF8 == 0xF0 else 1
        return back if need > back else 0
    return 0


def _wide_incomplete(buf, unit, big_endian):
    """Bytes to hold back for UTF-16/32: a partial code unit, and for
    UTF-16 a high surrogate whose partner has not arrived."""
    hold = len(buf) % unit
    if unit == 2 and len(buf) - hold >= 2:
        last = buf[len(buf) - hold - 2:len(buf) - hold]
        high = last[0] if big_endian else last[1]
        if 0xD8 <= high <= 0xDB:
            hold += 2
    return hold


def _text_codec(name, display):
    def encode(input, errors="strict"):
        return input.encode(name, errors), len(input)

    def decode(input, errors="strict"):
        return bytes(input).decode(name, errors), len(input)

    unit = 4 if name.startswith("utf-32") else 2 if name.startswith("utf-16") else 1
    with_bom = name in ("utf-16", "utf-32")

    class Encoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            out = input.encode(name, self.errors)
            if with_bom and self._started:
                out = out[unit:]  # only the first piece carries the BOM
            self._started = True
            return out

        def reset(self):
            self._started = False

    class Decoder(IncrementalDecoder):
        def __init__(self, errors="strict"):
            IncrementalDecoder.__init__(self, errors)
            self._buf = b""
            self._codec = name

        def decode(self, input, final=False):
            buf = self._buf + bytes(input)
            if with_bom and self._codec == name:
                if len(buf) < unit and not final:
                    self._buf = buf
                    return ""
                # The first unit decides the byte order, as the BOM says
                # (little-endian without one).
                le = BOM_UTF32_LE if unit == 4 else BOM_UTF16_LE
                be = BOM_UTF32_BE if unit == 4 else BOM_UTF16_BE
                if buf.startswith(be):
                    self._codec, buf = name + "-be", buf[unit:]
                else:
                    if buf.startswith(le):
                        buf = buf[unit:]
                    self._codec = name + "-le"
            hold = 0
            if not final:
                if name == "utf-8":
                    hold = _utf8_incomplete(buf)
                elif unit > 1:
                    hold = _wide_incomplete(buf, unit, self._codec.endswith("-be"))
            self._buf = buf[len(buf) - hold:] if hold else b""
            return buf[:len(buf) - hold].decode(self._codec, self.errors)

        def reset(self):
            self._buf = b""
            self._codec = name

        def getstate(self):
            return (self._buf, 0)

    return CodecInfo(encode, decode, incrementalencoder=Encoder,
                     incrementaldecoder=Decoder, name=display)


def _bytes_codec(name, enc, dec):
    def encode(input, errors="strict"):
        return enc(input), len(input)

    def decode(input, errors="strict"):
        return dec(input), len(input)

    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input)

    class Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return dec(input)

    return CodecInfo(encode, decode, incrementalencoder=Encoder,
                     incrementaldecoder=Decoder, name=name, _is_text_encoding=False)


def _rot13(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 65 <= o <= 90:
            ch = chr((o - 65 + 13) % 26 + 65)
        elif 97 <= o <= 122:
            ch = chr((o - 97 + 13) % 26 + 97)
        out.append(ch)
    return "".join(out)


def _make_builtin(name):
    if name in ("utf-8", "ascii", "iso8859-1", "utf-16", "utf-16-le",
                "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
        return _text_codec("latin-1" if name == "iso8859-1" else name, name)
    if name == "hex":
        import binascii
        return _bytes_codec("hex", binascii.b2a_hex, binascii.a2b_hex)
    if name == "base64":
        import base64
        return _bytes_codec("base64", base64.encodebytes, base64.decodebytes)
    if name == "zlib":
        import zlib
        return _bytes_codec("zlib", zlib.compress, zlib.decompress)
    if name == "rot-13":
        info = _bytes_codec("rot-13", _rot13, _rot13)
        info._is_text_encoding = False
        return info
    return None


# Aliases of the built-in codecs, normalised (lowercase, '_' and ' ' as '-').
_aliases = {
    "utf-8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
    "ascii": "ascii", "us-ascii": "ascii", "646": "ascii",
    "latin-1": "iso8859-1", "latin1": "iso8859-1", "iso-8859-1": "iso8859-1",
    "iso8859-1": "iso8859-1", "8859": "iso8859-1", "cp819": "iso8859-1",
    "l1": "iso8859-1", "latin": "iso8859-1",
    "utf-16": "utf-16", "utf16": "utf-16", "u16": "utf-16",
    "utf-16-le": "utf-16-le", "utf-16le": "utf-16-le",
    "utf-16-be": "utf-16-be", "utf-16be": "utf-16-be",
    "utf-32": "utf-32", "utf32": "utf-32", "u32": "utf-32",
    "utf-32-le": "utf-32-le", "utf-32le": "utf-32-le",
    "utf-32-be": "utf-32-be", "utf-32be": "utf-32-be",
    "hex": "hex", "hex-codec": "hex", "base64": "base64", "base-64": "base64",
    "base64-codec": "base64", "zlib": "zlib", "zip": "zlib", "zlib-codec": "zlib",
    "rot13": "rot-13", "rot-13": "rot-13",
}

_cache = {}
_search_functions = []


def register(search_function, /):
    """Register a codec search function: it takes a normalised encoding
    name and returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function, /):
    """Unregister a codec search function and clear the lookup cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding, /):
    """Look up a codec by name and return its CodecInfo; LookupError if
    there is none."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = encoding.strip().lower().replace("_", "-").replace(" ", "-")
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key.replace("-", "_"))
        if info is not None:
            break
    else:
        name = _aliases.get(key)
        info = _make_builtin(name) if name else None
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    """Encode obj with the codec registered for encoding."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decode obj with the codec registered for encoding."""
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def strict_errors(exception):
    raise exception


def ignore_errors(exception):
    return ("", exception.end)


def replace_errors(exception):
    return ("\ufffd" if isinstance(exception, UnicodeDecodeError) else "?"), exception.end
