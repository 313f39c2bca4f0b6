package lower

import "fmt"

// SyntaxError reports source that MicroPython would reject, or a construct this
// front end cannot lower exactly. Line and Col are 1-based positions in the
// original source.
type SyntaxError struct {
	Filename string
	Line     int
	Col      int
	Msg      string
}

// Error formats the error the way a traceback names a location.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("File %q, line %d, column %d: SyntaxError: %s", e.Filename, e.Line, e.Col, e.Msg)
}

const msgInvalid = "invalid syntax"
