package main

import (
	"fmt"
	"io"

	"github.com/ota-emu/ota-emu/emulator/faultspec"
	"github.com/spf13/cobra"
)

// The help topic `ota-emu help faults` (also `ota-emu faults`): the --fault spec language.
func init() {
	subcommands = append(subcommands, func(stdout, _ io.Writer, _ *int) *cobra.Command {
		cmd := &cobra.Command{
			Use:   "faults",
			Short: "The --fault spec language",
			Args:  cobra.NoArgs,
			Run: func(*cobra.Command, []string) {
				fmt.Fprint(stdout, faultspec.Help())
			},
		}
		// `ota-emu help faults` shows a command's help, not its output: make them the same.
		cmd.SetHelpFunc(func(*cobra.Command, []string) { fmt.Fprint(stdout, faultspec.Help()) })
		return cmd
	})
}
