"""Text wrapping and filling, for weft.

wrap, fill, shorten, dedent, indent and the TextWrapper class, with
CPython's documented behaviour and output: text is split into chunks
(whitespace runs, words, and the parts of hyphenated words and of words
joined by an em-dash "--"), chunks are packed greedily into lines of at
most width characters, and words longer than a line are broken (at a
hyphen when one fits).
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_letter(c):
    # A letter in the sense of [^\d\W]: a word character (underscore
    # included) that is not a decimal digit.
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _split_word(w, on_hyphens):
    """Split one whitespace-free word at the places a line may break: after
    a hyphen inside a hyphenated word (well-|known), and around em-dashes
    between words (this|--|that)."""
    if not on_hyphens or "-" not in w:
        return [w]
    pieces = []
    start = 0
    i = 0
    n = len(w)
    while i < n:
        if w[i] != "-":
            i += 1
            continue
        j = i
        while j < n and w[j] == "-":
            j += 1
        if j - i >= 2:
            # An em-dash: its own chunk when it follows word punctuation and
            # precedes a word character.
            if i > start and _is_word_punct(w[i - 1]) and j < n and _is_word(w[j]):
                pieces.append(w[start:i])
                pieces.append(w[i:j])
                start = j
            i = j
            continue
        # A single hyphen: break after it when at least two letters (or
        # letter-hyphen-letter) precede it and a letter, an optional hyphen
        # and a letter follow.
        before = (i - start >= 2 and _is_letter(w[i - 1]) and _is_letter(w[i - 2])) or (
            i - start >= 3 and _is_letter(w[i - 1]) and w[i - 2] == "-" and _is_letter(w[i - 3]))
        after = i + 1 < n and _is_letter(w[i + 1]) and (
            (i + 2 < n and _is_letter(w[i + 2]))
            or (i + 3 < n and w[i + 2] == "-" and _is_letter(w[i + 3])))
        if before and after:
            pieces.append(w[start:i + 1])
            start = i + 1
        i += 1
    pieces.append(w[start:])
    return [p for p in pieces if p]


class TextWrapper:
    """Wrap (or fill) text paragraphs to a line width.

    Attributes, all settable: width (70), initial_indent, subsequent_indent,
    expand_tabs, tabsize, replace_whitespace, fix_sentence_endings,
    break_long_words, drop_whitespace, break_on_hyphens, max_lines and
    placeholder (' [...]').
    """

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = "".join(" " if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        """Split text into chunks: whitespace runs and (parts of) words."""
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                chunks.extend(_split_word(text[i:j], self.break_on_hyphens))
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Make a sentence end ('.', '!' or '?' after a lowercase letter,
        optionally followed by a quote) be followed by two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put as much of an over-long chunk as fits on the current line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Pack chunks greedily into lines (see the class docstring)."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = chunks[::-1]  # the next chunk is pending[-1]
        while pending:
            line = []
            line_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            while pending and line_len + len(pending[-1]) <= width:
                chunk = pending.pop()
                line.append(chunk)
                line_len += len(chunk)
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, line_len, width)
                line_len = sum(map(len, line))
            if self.drop_whitespace and line and not line[-1].strip():
                line_len -= len(line[-1])
                line.pop()
            if not line:
                continue
            last_allowed = (self.max_lines is None or len(lines) + 1 < self.max_lines
                            or ((not pending or (self.drop_whitespace and len(pending) == 1
                                                 and not pending[0].strip()))
                                and line_len <= width))
            if last_allowed:
                lines.append(indent + "".join(line))
                continue
            # The last line allowed: end it with the placeholder.
            while line:
                if line[-1].strip() and line_len + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + "".join(line))
                    break
                line_len -= len(line[-1])
                line.pop()
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Return text wrapped into a list of lines without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Return text wrapped into one string of newline-separated lines."""
        return "\n".join(self.wrap(text))


def _ends_sentence(chunk):
    # [a-z][.!?][\"']?  at the end of the chunk (ASCII lowercase, as
    # CPython's sentence_end_re).
    k = len(chunk)
    if k and chunk[-1] in "\"'":
        k -= 1
    return k >= 2 and chunk[k - 1] in ".!?" and "a" <= chunk[k - 2] <= "z"


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill one paragraph: wrap() joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to width, ending it with the
    placeholder when words had to be dropped."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix common to every non-blank line.

    Lines holding only whitespace are normalised to a bare newline and do
    not take part in the common prefix; tabs and spaces are not
    interchangeable.
    """
    lines = text.split("\n")
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        prefix = line[:len(line) - len(stripped)]
        if margin is None:
            margin = prefix
        elif prefix.startswith(margin):
            pass
        elif margin.startswith(prefix):
            margin = prefix
        else:
            k = 0
            while k < len(margin) and k < len(prefix) and margin[k] == prefix[k]:
                k += 1
            margin = margin[:k]
    out = []
    for line in lines:
        if not line.lstrip(" \t"):
            out.append("")
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return "\n".join(out)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text that predicate accepts (by default,
    the lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
