package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/emulator/faultspec"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK      = 0
	exitDevice  = 1
	exitUsage   = 2
	exitFault   = 3
	exitVerdict = 4
)

// subcommands are the commands defined in their own files (serve, release, sweep, ...), each
// registered by an init function: func(stdout, stderr, &exitCode) *cobra.Command.
var subcommands []func(stdout, stderr io.Writer, code *int) *cobra.Command

// usageError marks errors that are the user's invocation.
type usageError struct{ error }

// execute runs the CLI and returns the process exit code.
func execute(args []string, stdout, stderr io.Writer) int {
	code := exitOK
	root := &cobra.Command{
		Use:           "ota-emu",
		Short:         "Emulate a MicroPython device and break it on purpose",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(runCommand(stdout, stderr, &code), caCommand(stdout))
	for _, mk := range subcommands {
		root.AddCommand(mk(stdout, stderr, &code))
	}
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		fmt.Fprintf(stderr, "ota-emu: %v\n", err)
		var ue usageError
		if errors.As(err, &ue) || strings.Contains(err.Error(), "unknown") || strings.Contains(err.Error(), "accepts") {
			return exitUsage
		}
		if code == exitOK {
			return exitFault
		}
	}
	return code
}

// runOptions are the flags of `ota-emu run`.
type runOptions struct {
	worldOptions
	out       string
	jsonFile  string
	traceFile string
	// keepNetFaults keeps the network faults after a power cut (by default the device
	// powers on again into a healthy world, as a sweep's cases do)
	keepNetFaults bool
}

func runCommand(stdout, stderr io.Writer, code *int) *cobra.Command {
	var o runOptions
	cmd := &cobra.Command{
		Use:   "run [flags] SCRIPT",
		Short: "Boot a device whose flash holds SCRIPT as /main.py, break it with --fault, and judge it",
		Long: "run copies a host directory (default: the one holding SCRIPT; hidden files and\n" +
			"__pycache__ skipped) onto an emulated flash, with SCRIPT as /main.py, boots the device\n" +
			"(boot.py, then main.py, again after every reset) and prints the device console on stdout\n" +
			"exactly as a board's serial console shows it. The host directory is never modified.\n\n" +
			"With --fault, the same world first runs once without faults (that run's final flash is\n" +
			"the \"new\" release, the starting flash the \"old\" one), then again with the faults, and\n" +
			"the verdict (ok-old, ok-new, bricked, stuck, crashed) is printed on stderr; a failing\n" +
			"verdict exits with 4 and prints the command that replays it.",
		Example: "  ota-emu run main.py --serve ota.example=release/ --fault=powercut@50%\n" +
			"  ota-emu run main.py --fault=lowspace=48K --fault=net.reset@30%:host=ota.example",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := runDevice(args[0], &o, stdout, stderr)
			*code = c
			return err
		},
	}
	o.register(cmd)
	cmd.Flags().StringVar(&o.out, "out", "", "export the final flash to this host directory (must be empty or missing)")
	cmd.Flags().StringVar(&o.jsonFile, "json", "", "write a JSON summary of the run (outcome, verdict) to this file")
	cmd.Flags().BoolVar(&o.keepNetFaults, "keep-net-faults", false, "keep network faults after a power cut (default: the device powers on again into a healthy network, as in a sweep)")
	cmd.Flags().StringVar(&o.traceFile, "trace", "", "write the run trace (JSON lines: boots, flash operations, console, network, resets, power cuts) to this file")
	return cmd
}

// summary is the --json output.
type summary struct {
	Board    string `json:"board"`
	Firmware string `json:"firmware"`
	emulator.Outcome
	Verdict  emulator.Verdict `json:"verdict"`
	Faults   []string         `json:"faults,omitempty"`
	Replay   string           `json:"replay,omitempty"`
	ExitCode int              `json:"exit_code"`
}

func runDevice(script string, o *runOptions, stdout, stderr io.Writer) (int, error) {
	w, err := buildWorld(script, &o.worldOptions)
	if err != nil {
		return exitUsage, err
	}
	if o.out != "" {
		if err := checkOutDir(o.out); err != nil {
			return exitUsage, usageError{err}
		}
	}
	judge := w.judge
	faulted := len(o.faults) > 0
	var base *emulator.Run
	if faulted {
		// the uninterrupted run on a healthy world: the "new" release, and the byte count
		// that percentage cuts are taken of
		base, err = w.healthy.Run(emulator.RunOptions{})
		if err != nil {
			fmt.Fprintf(stderr, "ota-emu: uninterrupted run: %v\n", err)
			return exitFault, nil
		}
		for _, c := range w.plan.PowerCuts {
			if c.Kind == faultspec.CutPercent {
				w.scenario.Cuts = append(w.scenario.Cuts, toCut(c.Resolve(base.Device.Flash.TotalWritten())))
			}
		}
	}
	ro := emulator.RunOptions{Console: stdout, HealOnCut: !o.keepNetFaults}
	if o.traceFile != "" {
		tf, err := os.Create(o.traceFile)
		if err != nil {
			return exitUsage, usageError{fmt.Errorf("create trace file: %w", err)}
		}
		defer tf.Close()
		ro.Trace = tf
	}
	run, err := w.scenario.Run(ro)
	if err != nil {
		fmt.Fprintf(stderr, "ota-emu: %v\n", err)
		return exitFault, nil
	}
	out := run.Outcome
	if base == nil {
		base = run
	}
	if len(judge.Releases) == 0 {
		old, nw := emulator.DefaultReleases(w.scenario, base, judge.State)
		judge.Releases = []emulator.Release{old, nw}
	}
	verdict := judge.JudgeRun(run)
	code := exitOK
	switch out.Result {
	case "exception":
		code = exitDevice
	case "stopped", "max-boots", "max-time", "no-app":
		fmt.Fprintf(stderr, "ota-emu: %s\n", out.Message)
		code = exitFault
	case "emulator-fault":
		fmt.Fprintf(stderr, "ota-emu: emulator fault (please report it with the command that caused it): %s\n", out.Message)
		code = exitFault
	}
	for _, name := range out.Supplied {
		fmt.Fprintf(stderr, "ota-emu: note: the device imported %s, which the firmware does not include and the flash does not hold; a board raises ImportError (install it: mpremote mip install %s). ota-emu supplied its own; --strict-lib behaves as the board.\n", name, name)
	}
	replay := ""
	if faulted {
		fmt.Fprintf(stderr, "ota-emu: verdict: %s\n", verdict)
		if !verdict.Pass {
			code = exitVerdict
			replay = w.replayCommand(&o.worldOptions, cutSpecs(w.plan))
			fmt.Fprintf(stderr, "ota-emu: replay: %s\n", replay)
		}
	}
	if o.out != "" {
		if err := run.Device.Flash.ExportDir(o.out); err != nil {
			fmt.Fprintf(stderr, "ota-emu: export flash: %v\n", err)
			return exitFault, nil
		}
	}
	if o.jsonFile != "" {
		sum := summary{Board: w.scenario.Board.Name, Firmware: w.scenario.Firmware.Version, Outcome: out,
			Verdict: verdict, Faults: w.plan.Specs, Replay: replay, ExitCode: code}
		data, _ := json.MarshalIndent(sum, "", "  ")
		if werr := os.WriteFile(o.jsonFile, append(data, '\n'), 0o644); werr != nil {
			fmt.Fprintf(stderr, "ota-emu: write %s: %v\n", o.jsonFile, werr)
			return exitFault, nil
		}
	}
	return code, nil
}

// cutSpecs are the plan's power cuts as given (percentages kept: a replay resolves them the
// same way).
func cutSpecs(p faultspec.Plan) []string {
	var out []string
	for _, c := range p.PowerCuts {
		out = append(out, c.String())
	}
	return out
}

// checkOutDir refuses an --out directory that exists and is not empty.
func checkOutDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if os.IsNotExist(err) {
			return nil
		}
		return fmt.Errorf("--out %s: %w", dir, err)
	}
	if len(entries) > 0 {
		return fmt.Errorf("--out %s: the directory is not empty", dir)
	}
	return nil
}

func caCommand(stdout io.Writer) *cobra.Command {
	var der bool
	cmd := &cobra.Command{
		Use:   "ca",
		Short: "Print the netsim CA certificate (PEM, or DER with --der), the same on every run",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if der {
				_, err := stdout.Write(netsim.CACertificateDER())
				return err
			}
			_, err := stdout.Write(netsim.CACertificatePEM())
			return err
		},
	}
	cmd.Flags().BoolVar(&der, "der", false, "print DER instead of PEM")
	return cmd
}
