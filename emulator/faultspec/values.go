package faultspec

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// fieldError is a problem found inside one value: Off is relative to the value's start.
type fieldError struct {
	Off        int
	Expected   string
	Suggestion string
}

// Expectations shared by the value readers (and pinned by the tests).
const (
	wantSize     = "a size such as 48K, 1.5M or 4096 (units K, KiB, M, MiB; bare numbers are bytes)"
	wantDuration = "a duration such as 200ms, 2.5s or 1m (units ns, us, ms, s, m, h)"
	wantPercent  = "a percentage from 0 to 100, such as 50% or 12.5%"
)

// decimalEnd returns the end of an unsigned decimal number (digits, optionally "." digits)
// starting at i, or i when there is none.
func decimalEnd(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == i {
		return i
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	return j
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// sizeUnits are the accepted size suffixes and their multipliers, in suggestion order.
var sizeUnits = []struct {
	name string
	mult int64
}{{"K", 1 << 10}, {"M", 1 << 20}, {"KiB", 1 << 10}, {"MiB", 1 << 20}, {"k", 1 << 10}, {"B", 1}}

// parseSize reads a byte count: a decimal number and an optional unit; the result must be a
// whole number of bytes that fits an int64.
func parseSize(s string) (int64, *fieldError) {
	end := decimalEnd(s, 0)
	if end == 0 {
		return 0, &fieldError{Off: 0, Expected: wantSize}
	}
	unit := s[end:]
	mult := int64(1)
	if unit != "" {
		found := false
		for _, u := range sizeUnits {
			if u.name == unit {
				mult, found = u.mult, true
				break
			}
		}
		if !found {
			names := make([]string, 0, len(sizeUnits))
			for _, u := range sizeUnits {
				names = append(names, u.name)
			}
			return 0, &fieldError{Off: end, Expected: wantSize, Suggestion: nearest(unit, names)}
		}
	}
	r, ok := new(big.Rat).SetString(s[:end])
	if !ok {
		return 0, &fieldError{Off: 0, Expected: wantSize}
	}
	r.Mul(r, new(big.Rat).SetInt64(mult))
	if !r.IsInt() {
		return 0, &fieldError{Off: 0, Expected: "a whole number of bytes (" + s + " is not)"}
	}
	n := r.Num()
	if !n.IsInt64() {
		return 0, &fieldError{Off: 0, Expected: "a size below 8 EiB"}
	}
	return n.Int64(), nil
}

// formatSize is the canonical spelling of a size: M or K when exact, else bytes.
func formatSize(n int64) string {
	switch {
	case n != 0 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + "M"
	case n != 0 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + "K"
	}
	return strconv.FormatInt(n, 10)
}

// parseCount reads a non-negative integer without unit that fits an int.
func parseCount(s string, expected string) (int, *fieldError) {
	end := 0
	for end < len(s) && isDigit(s[end]) {
		end++
	}
	if end == 0 || end != len(s) {
		return 0, &fieldError{Off: end, Expected: expected}
	}
	n, err := strconv.ParseInt(s, 10, 32)
	if err != nil {
		return 0, &fieldError{Off: 0, Expected: expected + " below 2147483648"}
	}
	return int(n), nil
}

// parsePercent reads a number from 0 to 100 (the % sign is the caller's).
func parsePercent(s string) (float64, *fieldError) {
	end := decimalEnd(s, 0)
	if end == 0 || end != len(s) {
		return 0, &fieldError{Off: end, Expected: wantPercent}
	}
	p, err := strconv.ParseFloat(s, 64)
	if err != nil || p > 100 {
		return 0, &fieldError{Off: 0, Expected: wantPercent}
	}
	return p, nil
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// durationUnits are the accepted duration units, in suggestion order.
var durationUnits = []string{"ms", "s", "m", "us", "µs", "ns", "h"}

// unitAliases are spelled-out units a user may write, for suggestions.
var unitAliases = map[string]string{"sec": "s", "secs": "s", "second": "s", "seconds": "s", "min": "m", "mins": "m",
	"minute": "m", "minutes": "m", "msec": "ms", "msecs": "ms", "millis": "ms", "hr": "h", "hour": "h", "hours": "h",
	"usec": "us", "usecs": "us"}

// parseDuration reads a non-negative duration: one or more number+unit pairs (Go's
// time.ParseDuration syntax without a sign; a unit is required).
func parseDuration(s string) (time.Duration, *fieldError) {
	if s == "" {
		return 0, &fieldError{Off: 0, Expected: wantDuration}
	}
	i := 0
	for i < len(s) {
		end := decimalEnd(s, i)
		if end == i {
			return 0, &fieldError{Off: i, Expected: wantDuration}
		}
		u := end
		for u < len(s) && !isDigit(s[u]) && s[u] != '.' {
			u++
		}
		unit := s[end:u]
		if unit == "" {
			return 0, &fieldError{Off: end, Expected: "a unit after " + s[i:end] + " (ns, us, ms, s, m, h)", Suggestion: s[i:end] + "ms"}
		}
		ok := false
		for _, n := range durationUnits {
			ok = ok || n == unit
		}
		if !ok {
			sugg := unitAliases[strings.ToLower(unit)]
			if sugg == "" {
				sugg = nearest(unit, durationUnits)
			}
			return 0, &fieldError{Off: end, Expected: wantDuration, Suggestion: sugg}
		}
		i = u
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, &fieldError{Off: 0, Expected: "a duration below 292 years"}
	}
	return d, nil
}

// formatDuration is the canonical spelling of a duration: whole hours or minutes, else
// seconds (or milliseconds below a second) with an exact decimal fraction.
func formatDuration(d time.Duration) string {
	switch {
	case d == 0:
		return "0s"
	case d%time.Hour == 0:
		return strconv.FormatInt(int64(d/time.Hour), 10) + "h"
	case d%time.Minute == 0:
		return strconv.FormatInt(int64(d/time.Minute), 10) + "m"
	case d >= time.Second:
		return decimal(int64(d), 9) + "s"
	case d >= time.Millisecond:
		return decimal(int64(d), 6) + "ms"
	case d%time.Microsecond == 0:
		return strconv.FormatInt(int64(d/time.Microsecond), 10) + "us"
	}
	return strconv.FormatInt(int64(d), 10) + "ns"
}

// decimal writes n / 10^scale exactly, without trailing zeros.
func decimal(n int64, scale int) string {
	p := int64(math.Pow10(scale))
	whole, frac := n/p, n%p
	if frac == 0 {
		return strconv.FormatInt(whole, 10)
	}
	f := strconv.FormatInt(frac, 10)
	f = strings.Repeat("0", scale-len(f)) + f
	return strconv.FormatInt(whole, 10) + "." + strings.TrimRight(f, "0")
}

// quoteValue spells a value so that the parser reads it back unchanged: raw when it holds
// only safe characters, else as a Go double-quoted string.
func quoteValue(v string) string {
	if v == "" {
		return `""`
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"'\,:@=`, c) >= 0 {
			return strconv.Quote(v)
		}
	}
	return v
}
