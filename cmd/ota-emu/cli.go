package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ota-emu/ota-emu/emulator"
	"github.com/ota-emu/ota-emu/emulator/mpy"
	"github.com/ota-emu/ota-emu/netsim"
	"github.com/ota-emu/ota-emu/vfs"
	"github.com/spf13/afero"
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
	fsDir     string
	board     string
	firmware  string
	out       string
	jsonFile  string
	maxSteps  int64
	maxBoots  int
	seed      int64
	traceFile string
	requests  string
}

func runCommand(stdout, stderr io.Writer, code *int) *cobra.Command {
	var o runOptions
	cmd := &cobra.Command{
		Use:   "run [flags] SCRIPT",
		Short: "Boot a device whose flash holds SCRIPT as /main.py (and the files beside it)",
		Long: "run copies a host directory (default: the one holding SCRIPT; hidden files and\n" +
			"__pycache__ skipped) onto an emulated flash, with SCRIPT as /main.py, boots the device\n" +
			"(boot.py, then main.py) and prints the device console on stdout exactly as a board's\n" +
			"serial console shows it. The host directory is never modified.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := runDevice(args[0], o, stdout, stderr)
			*code = c
			return err
		},
	}
	cmd.Flags().StringVar(&o.fsDir, "fs", "", "host directory copied onto the flash (default: SCRIPT's directory)")
	cmd.Flags().StringVar(&o.board, "board", "ESP32_GENERIC", "board profile: "+strings.Join(emulator.BoardNames(), ", "))
	cmd.Flags().StringVar(&o.firmware, "firmware", "1.27", "MicroPython firmware generation: 1.20, 1.22, 1.24, 1.27")
	cmd.Flags().StringVar(&o.out, "out", "", "export the final flash to this host directory")
	cmd.Flags().StringVar(&o.jsonFile, "json", "", "write a JSON summary of the run to this file")
	cmd.Flags().Int64Var(&o.maxSteps, "max-steps", mpy.DefaultMaxSteps, "bytecodes a boot may run before it is stopped as runaway")
	cmd.Flags().IntVar(&o.maxBoots, "max-boots", 10, "boots before a reboot loop is stopped")
	cmd.Flags().Int64Var(&o.seed, "seed", 1, "seed of everything random on the device")
	cmd.Flags().StringVar(&o.traceFile, "trace", "", "write the run trace (JSON lines: boots, resets, end) to this file")
	cmd.Flags().StringVar(&o.requests, "requests", "0.10", "requests/urequests behaviour: 0.10 (bundled with firmware 1.20-1.28) or 1.1 (newer micropython-lib)")
	return cmd
}

// summary is the --json output.
type summary struct {
	Board    string `json:"board"`
	Firmware string `json:"firmware"`
	emulator.Outcome
	ExitCode int `json:"exit_code"`
}

func skipHost(rel string, isDir bool) bool {
	base := filepath.Base(rel)
	return strings.HasPrefix(base, ".") || base == "__pycache__"
}

func runDevice(script string, o runOptions, stdout, stderr io.Writer) (int, error) {
	b, err := emulator.LookupBoard(o.board)
	if err != nil {
		return exitUsage, usageError{err}
	}
	fw, err := emulator.LookupFirmware(o.firmware)
	if err != nil {
		return exitUsage, usageError{err}
	}
	src, err := os.ReadFile(script)
	if err != nil {
		return exitUsage, usageError{fmt.Errorf("read script: %w", err)}
	}
	dir := o.fsDir
	if dir == "" {
		dir = filepath.Dir(script)
	}
	flash, err := vfs.LoadHostDir(vfs.Config{Size: b.FSSize, BlockSize: b.BlockSize}, dir, skipHost)
	if err != nil {
		return exitUsage, usageError{fmt.Errorf("load flash from %s: %w", dir, err)}
	}
	if err := afero.WriteFile(flash, "/main.py", src, 0o644); err != nil {
		return exitUsage, usageError{fmt.Errorf("put %s on the flash as /main.py: %w", script, err)}
	}
	if o.requests != "0.10" && o.requests != "1.1" {
		return exitUsage, usageError{fmt.Errorf("--requests %q: want 0.10 or 1.1", o.requests)}
	}
	dev := &emulator.Device{Board: b, Firmware: fw, Flash: flash, Console: stdout,
		Seed: o.seed, MaxBoots: o.maxBoots, MaxSteps: o.maxSteps, Requests: o.requests}
	if o.traceFile != "" {
		tf, err := os.Create(o.traceFile)
		if err != nil {
			return exitUsage, usageError{fmt.Errorf("create trace file: %w", err)}
		}
		defer tf.Close()
		dev.Trace = tf
	}
	out, err := dev.Boot()
	if err != nil {
		fmt.Fprintf(stderr, "ota-emu: %v\n", err)
		return exitFault, nil
	}
	code := exitOK
	switch out.Result {
	case "exception":
		code = exitDevice
	case "stopped", "max-boots":
		fmt.Fprintf(stderr, "ota-emu: %s\n", out.Message)
		code = exitFault
	case "emulator-fault":
		fmt.Fprintf(stderr, "ota-emu: emulator fault (please report it with the command that caused it): %s\n", out.Message)
		code = exitFault
	}
	if o.out != "" {
		if err := flash.ExportDir(o.out); err != nil {
			fmt.Fprintf(stderr, "ota-emu: export flash: %v\n", err)
			return exitFault, nil
		}
	}
	if o.jsonFile != "" {
		sum := summary{Board: b.Name, Firmware: fw.Version, Outcome: out, ExitCode: code}
		data, _ := json.MarshalIndent(sum, "", "  ")
		if werr := os.WriteFile(o.jsonFile, append(data, '\n'), 0o644); werr != nil {
			fmt.Fprintf(stderr, "ota-emu: write %s: %v\n", o.jsonFile, werr)
			return exitFault, nil
		}
	}
	return code, nil
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
