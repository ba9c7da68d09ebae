package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"
)

func completionCommand() *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print the shell completion script for bash, zsh or fish",
		ArgsUsage: "bash|zsh|fish",
		Description: `Prints a script that makes the shell complete newsarc's commands and
flags (and file names where a file is expected). Load it from your shell's
start-up file.

Examples:
   source <(newsarc completion bash)                  # in ~/.bashrc
   newsarc completion zsh > "${fpath[1]}/_newsarc"    # zsh, then restart it
   newsarc completion fish > ~/.config/fish/completions/newsarc.fish`,
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("completion: name one shell: bash, zsh or fish")
			}
			var script string
			switch shell := c.Args().First(); shell {
			case "bash":
				script = bashCompletion
			case "zsh":
				script = zshCompletion
			case "fish":
				var err error
				if script, err = c.App.ToFishCompletion(); err != nil {
					return err
				}
			default:
				return usagef("completion: unknown shell %q: want bash, zsh or fish", shell)
			}
			_, err := fmt.Fprint(c.App.Writer, script)
			return err
		},
	}
}

// bashCompletion and zshCompletion ask newsarc itself, through urfave/cli's
// hidden --generate-bash-completion flag, for the words that may come next
// (commands, flags), and fall back to file names. The zsh script is
// urfave/cli's (its autocomplete directory, MIT licence); the bash one is
// its script without the bash-completion package it needs and without eval.
const bashCompletion = `# newsarc bash completion: source <(newsarc completion bash)
_newsarc_complete() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  local words=("${COMP_WORDS[@]:0:COMP_CWORD}")
  if [[ $cur == -* ]]; then
    words+=("$cur")
  fi
  COMPREPLY=($(compgen -W "$("${words[@]}" --generate-bash-completion 2>/dev/null)" -- "$cur"))
}
complete -o bashdefault -o default -F _newsarc_complete newsarc
`

const zshCompletion = `#compdef newsarc

_newsarc_zsh_autocomplete() {
  local -a opts
  local cur
  cur=${words[-1]}
  if [[ "$cur" == "-"* ]]; then
    opts=("${(@f)$(${words[@]:0:#words[@]-1} ${cur} --generate-bash-completion)}")
  else
    opts=("${(@f)$(${words[@]:0:#words[@]-1} --generate-bash-completion)}")
  fi

  if [[ "${opts[1]}" != "" ]]; then
    _describe 'values' opts
  else
    _files
  fi
}

compdef _newsarc_zsh_autocomplete newsarc
`

// completeFlags answers the shell's completion for a command: its visible
// flags that start with the word being completed (urfave/cli's default
// offers hidden ones too), or nothing, so that the shell offers file
// names. As urfave/cli's, it reads the words from os.Args.
func completeFlags(c *cli.Context) {
	if len(os.Args) < 3 {
		return
	}
	word := os.Args[len(os.Args)-2] // before --generate-bash-completion
	if !strings.HasPrefix(word, "-") {
		return
	}
	for _, f := range c.Command.VisibleFlags() {
		for _, name := range f.Names() {
			if flag := "--" + name; len(name) > 1 && strings.HasPrefix(flag, word) && flag != word {
				fmt.Fprintln(c.App.Writer, flag)
			}
		}
	}
}

func manCommand() *cli.Command {
	return &cli.Command{
		Name:  "man",
		Usage: "print the manual page (roff), made from the commands' help",
		Description: `Prints newsarc(1), the manual page made from the same definitions as
--help. cmd/newsarc/newsarc.1 in the repository is its copy.

Examples:
   newsarc man | man -l -
   newsarc man > /usr/local/share/man/man1/newsarc.1`,
		Action: func(c *cli.Context) error {
			page, err := manPage(c.App)
			if err != nil {
				return err
			}
			_, err = fmt.Fprint(c.App.Writer, page)
			return err
		},
	}
}

// manPage renders the app's help as a section 1 manual page.
func manPage(app *cli.App) (string, error) {
	page, err := app.ToManWithSection(1)
	if err != nil {
		return "", err
	}
	// The page is the same whatever binary prints it: no version in it.
	return strings.TrimLeft(page, "\n"), nil
}
