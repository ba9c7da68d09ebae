//go:build unix

package safefile

import "syscall"

// nonBlock opens a FIFO that replaced a regular file between Stat and Open
// without waiting for a writer; checkOpened then refuses it. Regular files
// ignore the flag.
const nonBlock = syscall.O_NONBLOCK
