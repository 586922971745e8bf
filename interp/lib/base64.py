"""Base16, Base32 and Base64 data encodings (RFC 4648), written for weft
on top of binascii."""

import binascii

__all__ = [
    "encode", "decode", "encodebytes", "decodebytes",
    "b64encode", "b64decode", "b32encode", "b32decode",
    "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
    "standard_b64encode", "standard_b64decode",
    "urlsafe_b64encode", "urlsafe_b64decode",
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII "
                    "string, not %r" % s.__class__.__name__)


def _check_bytes(s):
    if not isinstance(s, bytes_types):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    return bytes(s)


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64; altchars (2 bytes)
    replaces '+' and '/'."""
    encoded = binascii.b2a_base64(_check_bytes(s), newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s.

    Characters outside the alphabet are discarded unless validate is true,
    when they raise binascii.Error."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode s with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s with the standard Base64 alphabet."""
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b"+/", b"-_")
_urlsafe_decode_translation = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    """Encode s with the URL- and filesystem-safe alphabet ('-' and '_')."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decode s written with the URL- and filesystem-safe alphabet."""
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_translation)
    return b64decode(s)


_b32alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_b32hexalphabet = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# Padding characters for a final group of 1, 2, 3 or 4 input bytes.
_b32pad = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _check_bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b"\0" * (5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        acc = int.from_bytes(s[i:i + 5], "big")
        for shift in range(35, -5, -5):
            out.append(alphabet[(acc >> shift) & 31])
    pad = _b32pad[leftover]
    if pad:
        out[-pad:] = b"=" * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padchars = len(s) - len(stripped)
    index = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        acc = 0
        for c in stripped[i:i + 8]:
            v = index.get(c)
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            acc = acc << 5 | v
        out += acc.to_bytes(5, "big") if len(stripped) - i >= 8 else b""
        if len(stripped) - i < 8:
            acc <<= 5 * (8 - (len(stripped) - i))
            tail = acc.to_bytes(5, "big")
            if padchars not in (1, 3, 4, 6):
                raise binascii.Error("Incorrect padding")
            out += tail[:(43 - 5 * padchars) // 8]
    if padchars and len(stripped) % 8 == 0:
        raise binascii.Error("Incorrect padding")
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s using Base32."""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s;
    casefold accepts lowercase, map01 maps '0' to 'O' and '1' to map01."""
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """Encode s using the Extended Hex Alphabet of Base32 (RFC 4648 §7)."""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    """Decode s written in the Extended Hex Alphabet of Base32."""
    return _b32decode(_b32hexalphabet, s, casefold)


def b16encode(s):
    """Encode the bytes-like object s using Base16 (uppercase hex)."""
    return binascii.hexlify(_check_bytes(s)).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s;
    lowercase digits are accepted only with casefold."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Encode s into Base64 lines of at most 76 characters, each ending
    in a newline."""
    s = _check_bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """Decode a bytestring of Base64 lines."""
    return binascii.a2b_base64(_check_bytes(s))


def encode(input, output):
    """Encode the binary file object input into Base64 lines on output."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode the Base64 lines of the binary file object input onto
    output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
