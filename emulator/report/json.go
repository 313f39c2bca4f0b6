package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
)

// WriteJSON writes r as indented JSON (schema SchemaVersion), cases in cut order.
func WriteJSON(w io.Writer, r *Report) error {
	c := *r
	c.Schema = SchemaVersion
	c.Cases = slices.Clone(r.Cases)
	SortCases(c.Cases)
	b, err := json.MarshalIndent(&c, "", "  ")
	if err != nil {
		return fmt.Errorf("report: json: %w", err)
	}
	b = append(b, '\n')
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("report: json: %w", err)
	}
	return nil
}

// ReadJSON reads one report written by WriteJSON. It refuses a report of a newer schema, one
// without a schema number, and anything after the report.
func ReadJSON(rd io.Reader) (*Report, error) {
	dec := json.NewDecoder(rd)
	var r Report
	if err := dec.Decode(&r); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("report: json: empty input, not a sweep report")
		}
		return nil, fmt.Errorf("report: json: not a sweep report: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("report: json: data after the report")
	}
	switch {
	case r.Schema == 0:
		return nil, fmt.Errorf("report: json: no \"schema\" field: not a sweep report written by ota-emu")
	case r.Schema > SchemaVersion:
		return nil, fmt.Errorf("report: json: schema %d is newer than this ota-emu reads (%d): use a newer ota-emu", r.Schema, SchemaVersion)
	}
	if r.Shard != nil {
		if err := r.Shard.validate(); err != nil {
			return nil, fmt.Errorf("report: json: shard %s: %w", r.Shard, err)
		}
	}
	return &r, nil
}
