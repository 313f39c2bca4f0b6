package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/ota-emu/ota-emu/emulator/report"
	"github.com/spf13/cobra"
)

func init() {
	subcommands = append(subcommands, reportCommand)
}

// reportMergeOptions are the flags of `ota-emu report merge`.
type reportMergeOptions struct {
	out   string
	html  string
	junit string
	text  bool
}

func reportCommand(stdout, stderr io.Writer, code *int) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Work with sweep reports (the JSON that `ota-emu sweep` writes)",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(reportMergeCommand(stdout, stderr, code))
	return cmd
}

func reportMergeCommand(stdout, stderr io.Writer, code *int) *cobra.Command {
	var o reportMergeOptions
	cmd := &cobra.Command{
		Use:   "merge PART.json... [--out merged.json] [--html F] [--junit F] [--text]",
		Short: "Join the parts of a sweep run with --shard I/N into one report",
		Long: "merge reads the JSON parts of one sweep (each made with --shard I/N; together they\n" +
			"must cover 1..N) and writes the whole report: --out as JSON (\"-\" for stdout), --html as\n" +
			"one self-contained HTML page, --junit as JUnit XML, and --text (the default when no other\n" +
			"output is asked for) as the text summary on stdout. The parts must come from the same\n" +
			"sweep: same command line apart from --shard, board, firmware, seed, faults and baseline\n" +
			"run. Given one whole report, merge just converts it.\n" +
			"Exit codes: 0 every case passed, 4 some case failed (as `ota-emu sweep`), 2 the parts\n" +
			"cannot be read or merged, 3 an output cannot be written.",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{errors.New("report merge: give the JSON parts to merge")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := runReportMerge(args, &o, stdout)
			*code = c
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.out, "out", "", "write the merged report as JSON to this file (\"-\": stdout)")
	f.StringVar(&o.html, "html", "", "write the merged report as one self-contained HTML page to this file")
	f.StringVar(&o.junit, "junit", "", "write the merged report as JUnit XML to this file")
	f.BoolVar(&o.text, "text", false, "print the text summary on stdout (the default when no other output is given)")
	return cmd
}

func runReportMerge(paths []string, o *reportMergeOptions, stdout io.Writer) (int, error) {
	parts := make([]*report.Report, 0, len(paths))
	for _, p := range paths {
		r, err := readReportFile(p)
		if err != nil {
			return exitUsage, usageError{err}
		}
		parts = append(parts, r)
	}
	merged, err := report.Merge(parts...)
	if err != nil {
		return exitUsage, usageError{err}
	}
	outputs := []struct {
		path  string
		write func(io.Writer, *report.Report) error
	}{
		{o.out, report.WriteJSON},
		{o.html, report.WriteHTML},
		{o.junit, report.WriteJUnit},
	}
	wrote := false
	for _, out := range outputs {
		if out.path == "" {
			continue
		}
		wrote = true
		if err := writeReportFile(out.path, merged, out.write, stdout); err != nil {
			return exitFault, err
		}
	}
	if o.text || !wrote {
		if err := report.WriteText(stdout, merged); err != nil {
			return exitFault, err
		}
	}
	if len(merged.Failures()) > 0 {
		return exitVerdict, nil
	}
	return exitOK, nil
}

func readReportFile(path string) (*report.Report, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("report merge: %w", err)
	}
	r, err := report.ReadJSON(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("report merge: %s: %w", path, err)
	}
	return r, nil
}

// writeReportFile renders r with write into path ("-": stdout), whole or not at all: the page
// is rendered in memory first, so a failed render leaves no half-written file.
func writeReportFile(path string, r *report.Report, write func(io.Writer, *report.Report) error, stdout io.Writer) error {
	var buf bytes.Buffer
	if err := write(&buf, r); err != nil {
		return fmt.Errorf("report merge: %s: %w", path, err)
	}
	if path == "-" {
		_, err := stdout.Write(buf.Bytes())
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("report merge: %w", err)
	}
	return nil
}
