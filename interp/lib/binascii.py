"""Conversions between binary data and ASCII encodings (base64, hex,
quoted-printable's building blocks) and the CRC checksums.

Written for weft in Python; the checksums come from Go (_zlib).
"""

import _zlib

__all__ = (
    "Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex",
    "hexlify", "unhexlify", "crc32", "crc_hqx",
)


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_INDEX = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64_INDEX[_c] = _i
del _i, _c


def _ascii_input(data):
    """a2b_* accept bytes-like objects and ASCII-only str."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def _bytes_input(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data.

    Characters outside the alphabet are skipped unless strict_mode; the
    first completed padding ends the data."""
    data = _ascii_input(data)
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    valid = 0
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == 61:  # '='
            padding_started = True
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                if strict_mode and i + 1 < n:
                    raise Error("Excess data after padding")
                quad_pos = 0
                break
            continue
        v = _B64_INDEX[c]
        if v < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        valid += 1
        if quad_pos == 0:
            left = v
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
            quad_pos = 3
        else:
            out.append(((left << 6) | v) & 0xFF)
            quad_pos = 0
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters "
                    "(%d) cannot be 1 more than a multiple of 4" % valid)
    if quad_pos:
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_base64(data, /, *, newline=True):
    """Base64-code binary data; a newline ends the line unless
    newline=False."""
    data = _bytes_input(data)
    out = bytearray()
    table = _B64
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        w = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((table[w >> 18], table[(w >> 12) & 63], table[(w >> 6) & 63], table[w & 63]))
    rest = n - full
    if rest == 1:
        w = data[full] << 16
        out += bytes((table[w >> 18], table[(w >> 12) & 63], 61, 61))
    elif rest == 2:
        w = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((table[w >> 18], table[(w >> 12) & 63], table[(w >> 6) & 63], 61))
    if newline:
        out.append(10)
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, optionally with sep
    between every bytes_per_sep bytes (counted from the right; from the
    left when negative)."""
    data = _bytes_input(data)
    if sep is None:
        return bytes(data).hex().encode("ascii")
    return bytes(data).hex(sep, bytes_per_sep).encode("ascii")


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    """Binary data of the hexadecimal representation hexstr (an even
    number of hex digits)."""
    data = _ascii_input(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(data), 2):
        hi, lo = _hexval(data[i]), _hexval(data[i + 1])
        if hi < 0 or lo < 0:
            raise Error("Non-hexadecimal digit found")
        out.append(hi << 4 | lo)
    return bytes(out)


unhexlify = a2b_hex


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    return _zlib.crc32(_bytes_input(data), crc & 0xFFFFFFFF)


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    return _zlib.crc_hqx(_bytes_input(data), crc & 0xFFFF)
