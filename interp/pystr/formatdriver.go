package pystr

import "fmt"

// FormatArgs is what str.format(*args, **kwargs) and str.format_map(m)
// need from the interpreter: argument lookup, attribute and item access,
// the !r/!s/!a conversions and format(value, spec).  FormatString drives
// them in CPython's order, so the first error CPython would raise is the
// one returned.
type FormatArgs interface {
	// NumPositional is len(args), or -1 for format_map, which has none and
	// rejects positional fields.
	NumPositional() int
	// Positional returns args[i] for 0 <= i < NumPositional().
	Positional(i int) any
	// Keyword returns kwargs[name] or mapping[name], with the interpreter's
	// KeyError when it is missing.
	Keyword(name string) (any, error)
	// GetAttr is getattr(v, name).
	GetAttr(v any, name string) (any, error)
	// GetItem is v[key]; key is an int when the text was all digits, else
	// the text itself as a str.
	GetItem(v any, key any) (any, error)
	// Convert applies !r (repr), !s (str) or !a (ascii).
	Convert(v any, conv rune) (any, error)
	// Format is format(v, spec).
	Format(v any, spec string) (string, error)
}

// formatRecursionLimit is how deeply specs may nest ("{0:{1:{2}}}" is too deep).
const formatRecursionLimit = 2

// FormatString is str.format / str.format_map.
func FormatString(format string, args FormatArgs) (string, error) {
	auto := &AutoNumber{}
	var out []byte
	if err := renderFormat(&out, format, args, auto, formatRecursionLimit); err != nil {
		return "", err
	}
	return string(out), nil
}

func renderFormat(out *[]byte, format string, args FormatArgs, auto *AutoNumber, depth int) error {
	if depth <= 0 {
		return valueError("Max string recursion exceeded")
	}
	p := NewFormatParser(format)
	for {
		lit, field, done, err := p.Next()
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		*out = append(*out, lit...)
		if field == nil {
			continue
		}
		v, err := fieldObject(field.Name, args, auto)
		if err != nil {
			return err
		}
		switch field.Conversion {
		case 0:
		case 'r', 's', 'a':
			if v, err = args.Convert(v, field.Conversion); err != nil {
				return err
			}
		default:
			return ConversionError(field.Conversion)
		}
		spec := field.Spec
		if field.SpecNeedsExpanding {
			var expanded []byte
			if err := renderFormat(&expanded, spec, args, auto, depth-1); err != nil {
				return err
			}
			spec = string(expanded)
		}
		text, err := args.Format(v, spec)
		if err != nil {
			return err
		}
		*out = append(*out, text...)
	}
}

// fieldObject resolves a field name to its object.
func fieldObject(name string, args FormatArgs, auto *AutoNumber) (any, error) {
	fn, err := ParseFieldName(name, auto)
	if err != nil {
		return nil, err
	}
	var v any
	if fn.Index >= 0 {
		if args.NumPositional() < 0 {
			return nil, valueError("Format string contains positional fields")
		}
		if fn.Index >= args.NumPositional() {
			return nil, &Error{Class: "IndexError",
				Msg: fmt.Sprintf("Replacement index %d out of range for positional args tuple", fn.Index)}
		}
		v = args.Positional(fn.Index)
	} else if v, err = args.Keyword(fn.First); err != nil {
		return nil, err
	}
	for _, part := range fn.Parts {
		switch {
		case part.IsAttr:
			v, err = args.GetAttr(v, part.Name)
		case part.Index >= 0:
			v, err = args.GetItem(v, part.Index)
		default:
			v, err = args.GetItem(v, part.Name)
		}
		if err != nil {
			return nil, err
		}
	}
	if fn.PartsErr != nil {
		return nil, fn.PartsErr
	}
	return v, nil
}
