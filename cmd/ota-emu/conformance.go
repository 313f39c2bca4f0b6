package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/ota-emu/ota-emu/conformance"
)

func init() {
	subcommands = append(subcommands, conformanceCommand)
}

// conformanceOptions are the flags of `ota-emu conformance`.
type conformanceOptions struct {
	profiles []string
	junit    string
	cases    string
	long     bool
	verbose  bool
	list     bool
	workers  int
}

func conformanceCommand(stdout, stderr io.Writer, code *int) *cobra.Command {
	var o conformanceOptions
	cmd := &cobra.Command{
		Use:   "conformance --profile FILE [flags]",
		Short: "Run the conformance suite (power, space, network, TLS and TUF-style attacks) against an updater profile",
		Long: "conformance runs every case of the suite against each --profile (a YAML file saying how\n" +
			"the updater is put on the device, where its releases are served and how its version is\n" +
			"read; see conformance/README.md) and prints a table: pass, fail, xfail (listed in the\n" +
			"profile's xfail with a reason), xpass (listed but passing: shorten the list) and skip (the\n" +
			"case does not apply). A fail or an xpass exits with 4.",
		Example: "  ota-emu conformance --profile conformance/profiles/uota/profile.yaml\n" +
			"  ota-emu conformance --profile my.yaml --cases 'tls-*,tag:power' --junit out.xml",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := runConformance(&o, stdout, stderr)
			*code = c
			return err
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&o.profiles, "profile", nil, "profile file (repeatable)")
	f.StringVar(&o.junit, "junit", "", "write the results as JUnit XML to this file")
	f.StringVar(&o.cases, "cases", "", "only these cases: ids, globs (tls-*) or tag:NAME, comma-separated")
	f.BoolVar(&o.long, "long", false, "run long cases and the long samples of power-cut sweeps")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "also print why each xfail failed and why each skip was skipped")
	f.BoolVar(&o.list, "list", false, "list the cases (id, tags, description) and exit")
	f.IntVar(&o.workers, "workers", 0, "cases run in parallel (default 2)")
	return cmd
}

func runConformance(o *conformanceOptions, stdout, stderr io.Writer) (int, error) {
	cases := conformance.Select(conformance.Cases(), o.cases)
	if o.list {
		for _, c := range cases {
			fmt.Fprintf(stdout, "%-24s %-4s %-40s %s\n", c.ID, c.Expect, fmt.Sprint(c.Tags), c.Desc)
		}
		return exitOK, nil
	}
	if len(o.profiles) == 0 {
		return exitUsage, usageError{fmt.Errorf("--profile FILE is required (see conformance/profiles/ for examples)")}
	}
	if len(cases) == 0 {
		return exitUsage, usageError{fmt.Errorf("--cases %q matches no case (see --list)", o.cases)}
	}
	var profiles []*conformance.Profile
	for _, f := range o.profiles {
		p, err := conformance.LoadProfile(f)
		if err != nil {
			return exitUsage, usageError{err}
		}
		profiles = append(profiles, p)
	}
	work, err := os.MkdirTemp("", "ota-emu-conformance-")
	if err != nil {
		return exitFault, fmt.Errorf("work directory: %w", err)
	}
	defer os.RemoveAll(work)
	s := conformance.NewSuite(work)
	s.Long = o.long
	total, done := len(profiles)*len(cases), 0
	results := s.RunAll(profiles, cases, o.workers, func(r *conformance.Result) {
		done++
		fmt.Fprintf(stderr, "\r%d/%d %s/%s: %s\033[K", done, total, r.Profile, r.Case, r.Status)
	})
	fmt.Fprintln(stderr)
	conformance.Table(stdout, results)
	conformance.Failures(stdout, results, o.verbose)
	if o.junit != "" {
		if err := conformance.WriteJUnitFile(o.junit, results); err != nil {
			return exitFault, err
		}
	}
	if conformance.Unexpected(results) > 0 {
		return exitVerdict, nil
	}
	return exitOK, nil
}
