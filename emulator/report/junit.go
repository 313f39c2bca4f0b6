package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
)

// JUnitSuiteName is the name of the test suite WriteJUnit writes.
const JUnitSuiteName = "ota-emu sweep"

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Skipped    int             `xml:"skipped,attr"`
	Time       string          `xml:"time,attr"`
	Properties []junitProperty `xml:"properties>property"`
	Cases      []junitCase     `xml:"testcase"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// WriteJUnit writes the report as JUnit XML: one testsuite named JUnitSuiteName, one testcase
// per cut in cut order (named by its label, classname "ota-emu.sweep.BOARD"), and a failure
// element (type = the outcome) with the reason and the replay command for every failing
// outcome. Times are virtual device seconds, so the file is deterministic. Characters XML
// cannot carry are replaced by U+FFFD.
func WriteJUnit(w io.Writer, r *Report) error {
	class := "ota-emu.sweep"
	if r.Board != "" {
		class += "." + r.Board
	}
	s := junitSuite{Name: JUnitSuiteName, Tests: len(r.Cases)}
	props := []junitProperty{
		{"tool", r.Tool}, {"command", r.Command}, {"board", r.Board}, {"firmware", r.Firmware},
		{"fs_model", r.FSModel}, {"seed", strconv.FormatInt(r.Seed, 10)},
		{"baseline_outcome", r.Baseline.Outcome},
		{"baseline_ops", strconv.Itoa(len(r.Baseline.Ops))},
	}
	for _, f := range r.Faults {
		props = append(props, junitProperty{"fault", f})
	}
	if r.Shard != nil {
		props = append(props, junitProperty{"shard", r.Shard.String()})
	}
	s.Properties = props
	var total int64
	cases := slices.Clone(r.Cases)
	SortCases(cases)
	for _, c := range cases {
		total += c.DurationUS
		jc := junitCase{Name: c.Cut.Name(), Classname: class, Time: secs(c.DurationUS)}
		summary := fmt.Sprintf("outcome: %s\nboots: %d\n", c.Outcome, c.Boots)
		if c.Version != "" {
			summary += "version: " + c.Version + "\n"
		}
		if Failing(c.Outcome) {
			s.Failures++
			msg := c.Outcome
			if c.Reason != "" {
				msg += ": " + c.Reason
			}
			jc.Failure = &junitFailure{
				Message: msg,
				Type:    c.Outcome,
				Text:    msg + "\n" + summary + "replay: " + c.Replay + "\n",
			}
		} else {
			jc.SystemOut = summary
			if c.Replay != "" {
				jc.SystemOut += "replay: " + c.Replay + "\n"
			}
		}
		s.Cases = append(s.Cases, jc)
	}
	s.Time = secs(total)
	doc := junitSuites{Name: JUnitSuiteName, Tests: s.Tests, Failures: s.Failures, Suites: []junitSuite{s}}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("report: junit: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("report: junit: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("report: junit: %w", err)
	}
	return nil
}

// secs formats microseconds as decimal seconds, as JUnit's time attribute wants.
func secs(us int64) string {
	return strconv.FormatFloat(float64(us)/1e6, 'f', 6, 64)
}
