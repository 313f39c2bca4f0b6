package faultspec

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// SyntaxError is a fault spec that does not parse or names something impossible. Error shows
// the spec with a caret under the offending place, what was expected there and, when a known
// word is close to what was written, a suggestion.
type SyntaxError struct {
	// Spec is the whole --fault value.
	Spec string
	// Pos is the byte offset in Spec where the problem starts.
	Pos int
	// Expected says what would have been valid at Pos.
	Expected string
	// Suggestion is a known word (kind, key, unit, value) close to what was written there;
	// empty when none is close.
	Suggestion string
}

// Error returns three lines: the problem (with the column counted in characters from 1), the
// spec, and a caret under the problem.
func (e *SyntaxError) Error() string {
	var b strings.Builder
	b.WriteString("fault spec ")
	b.WriteString(strconv.Quote(e.Spec))
	b.WriteString(", column ")
	b.WriteString(strconv.Itoa(utf8.RuneCountInString(e.Spec[:min(max(e.Pos, 0), len(e.Spec))]) + 1))
	b.WriteString(": expected ")
	b.WriteString(e.Expected)
	if got := e.got(); got != "" {
		b.WriteString(", got ")
		b.WriteString(got)
	}
	if e.Suggestion != "" {
		b.WriteString("; did you mean ")
		b.WriteString(strconv.Quote(e.Suggestion))
		b.WriteString("?")
	}
	shown, col := e.display()
	b.WriteString("\n  ")
	b.WriteString(shown)
	b.WriteString("\n  ")
	b.WriteString(strings.Repeat(" ", col))
	b.WriteString("^")
	return b.String()
}

// got names what stands at Pos: the rest of the token there, or the end of the spec.
func (e *SyntaxError) got() string {
	if e.Pos >= len(e.Spec) {
		if e.Spec == "" {
			return "an empty spec"
		}
		return "the end of the spec"
	}
	rest := e.Spec[e.Pos:]
	end := len(rest)
	for i := 0; i < len(rest); i++ {
		if strings.IndexByte("@:,=%", rest[i]) >= 0 {
			end = max(i, 1)
			break
		}
	}
	return strconv.Quote(rest[:end])
}

// display returns the spec as printed under the message (quoted when it holds characters a
// terminal would not show as one column each, escaped to ASCII) and the column of Pos in it.
func (e *SyntaxError) display() (string, int) {
	pos := min(max(e.Pos, 0), len(e.Spec))
	plain := utf8.ValidString(e.Spec)
	for _, r := range e.Spec {
		if r < ' ' || r == 0x7f || r > 0x7e {
			plain = false
			break
		}
	}
	if plain {
		return e.Spec, pos
	}
	q := strconv.QuoteToASCII(e.Spec)
	prefix := strconv.QuoteToASCII(e.Spec[:pos])
	return q, len(prefix) - 1
}

// nearest returns the candidate closest to word by edit distance (adjacent transpositions
// count as one edit), or "" when none is close enough to be a plausible typo.
func nearest(word string, candidates []string) string {
	best, bestD := "", -1
	lw := strings.ToLower(word)
	for _, c := range candidates {
		d := distance(lw, strings.ToLower(c))
		if bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	limit := 2
	if n := utf8.RuneCountInString(word); n == 1 {
		limit = 0 // any letter is one edit from any other: only a case slip is a typo
	} else if n <= 3 {
		limit = 1
	} else if n >= 9 {
		limit = 3
	}
	if bestD < 0 || bestD > limit || (bestD == 0 && best == word) {
		return ""
	}
	return best
}

// distance is the optimal-string-alignment edit distance between a and b, over runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 1 << 20
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
