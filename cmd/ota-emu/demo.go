package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/ota-emu/ota-emu/examples"
)

func init() {
	subcommands = append(subcommands, demoCommand)
}

func demoCommand(stdout, stderr io.Writer, code *int) *cobra.Command {
	var keep string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run the embedded demo: a device updating itself over the air, with a power cut, judged",
		Long: "demo unpacks the embedded examples (examples/staged and examples/naive) into a temporary\n" +
			"directory and runs, first, the staged updater with a power cut at 50% of the bytes its\n" +
			"update writes (verdict: ok-new), then a sweep of the naive in-place updater, which finds\n" +
			"the cuts that brick it and prints the command replaying each one. It exits 0 when both\n" +
			"show what they should.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := runDemo(keep, stdout, stderr)
			*code = c
			return err
		},
	}
	cmd.Flags().StringVar(&keep, "dir", "", "unpack the examples here (kept) instead of a temporary directory")
	return cmd
}

func runDemo(dir string, stdout, stderr io.Writer) (int, error) {
	if dir == "" {
		tmp, err := os.MkdirTemp("", "ota-emu-demo-")
		if err != nil {
			return exitFault, err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else if err := checkOutDir(dir); err != nil {
		return exitUsage, usageError{err}
	}
	if err := unpack(examples.FS, dir); err != nil {
		return exitFault, fmt.Errorf("unpack the examples: %w", err)
	}
	// the demo runs inside the unpacked directory, so the commands it prints (replays
	// included) read as they would in a checkout's examples/ directory
	back, err := os.Getwd()
	if err != nil {
		return exitFault, err
	}
	if err := os.Chdir(dir); err != nil {
		return exitFault, err
	}
	defer func() { _ = os.Chdir(back) }()
	fmt.Fprintf(stdout, "(the examples are unpacked in %s)\n\n", dir)
	staged, naive := "staged", "naive"

	fmt.Fprintf(stdout, "== 1. a staged updater updates itself from v1 to v2; power is cut at 50%% of the bytes it writes ==\n")
	fmt.Fprintf(stdout, "$ ota-emu run staged/device/main.py --serve ota.example=staged/release --state '/stage/**' --fault=powercut@50%%\n")
	var ro runOptions
	ro.worldOptions = demoWorld(staged)
	ro.faults = []string{"powercut@50%"}
	ro.state = []string{"/stage/**"}
	c1, err := runDevice(filepath.Join(staged, "device", "main.py"), &ro, stdout, stdout)
	if err != nil {
		return exitFault, err
	}

	fmt.Fprintf(stdout, "\n== 2. a naive in-place updater, swept: power cut after every flash operation ==\n")
	fmt.Fprintf(stdout, "$ ota-emu sweep naive/device/main.py --serve ota.example=naive/release\n")
	var so sweepOptions
	so.worldOptions = demoWorld(naive)
	so.every, so.depth, so.noProgress = 1, 1, true
	c2, err := runSweep(filepath.Join(naive, "device", "main.py"), &so, stdout, stderr)
	if err != nil {
		return exitFault, err
	}
	fmt.Fprintf(stdout, "\n(from a checkout, the same commands run in examples/; `ota-emu help faults` lists every fault)\n")
	if c1 == exitOK && c2 == exitVerdict {
		return exitOK, nil
	}
	fmt.Fprintf(stderr, "ota-emu: demo: unexpected results (staged run exit %d, naive sweep exit %d)\n", c1, c2)
	return exitFault, nil
}

func demoWorld(example string) worldOptions {
	return worldOptions{board: "ESP32_GENERIC", firmware: "1.27", seed: 1, maxSteps: 100_000_000, maxBoots: 10,
		maxTime: 3600e9, requests: "0.10", wifi: defaultWiFi,
		serve: []string{"ota.example=" + filepath.Join(example, "release")}}
}

// unpack copies an embedded tree into dir.
func unpack(src fs.FS, dir string) error {
	return fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}
