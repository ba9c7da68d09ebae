package main

import (
	"fmt"
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

// bashCompletion and zshCompletion are urfave/cli's scripts (its
// autocomplete directory, MIT licence) for newsarc: they ask the command
// itself, through its hidden --generate-bash-completion flag, for the
// words that may come next, and fall back to file names.
const bashCompletion = `# newsarc bash completion: source <(newsarc completion bash)

_newsarc_init_completion() {
  COMPREPLY=()
  _get_comp_words_by_ref "$@" cur prev words cword
}

_newsarc_bash_autocomplete() {
  if [[ "${COMP_WORDS[0]}" != "source" ]]; then
    local cur opts base words
    COMPREPLY=()
    cur="${COMP_WORDS[COMP_CWORD]}"
    if declare -F _init_completion >/dev/null 2>&1; then
      _init_completion -n "=:" || return
    else
      _newsarc_init_completion -n "=:" || return
    fi
    words=("${words[@]:0:$cword}")
    if [[ "$cur" == "-"* ]]; then
      requestComp="${words[*]} ${cur} --generate-bash-completion"
    else
      requestComp="${words[*]} --generate-bash-completion"
    fi
    opts=$(eval "${requestComp}" 2>/dev/null)
    COMPREPLY=($(compgen -W "${opts}" -- ${cur}))
    return 0
  fi
}

complete -o bashdefault -o default -o nospace -F _newsarc_bash_autocomplete newsarc
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
