package org.newslint.lsp;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * LSP's {@code processId}: when the editor that started the server dies without closing stdin (a
 * crash, a kill -9 of a wrapper), the server must not live on as an orphan. A process id the server
 * cannot see (a client in another container or PID namespace) is ignored rather than taken for a
 * dead parent.
 */
final class ParentWatch {
    private static final Logger LOG = Logger.getLogger(ParentWatch.class.getName());

    private ParentWatch() {}

    /**
     * Calls {@code onExit} once the process {@code pid} has exited.
     *
     * @return whether the process is being watched (false for null or a process this server cannot see)
     */
    static boolean watch(Integer pid, Runnable onExit) {
        if (pid == null) {
            return false;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(pid.longValue());
        if (parent.isEmpty()) {
            LOG.info("client process " + pid + " is not visible here; not watching it");
            return false;
        }
        parent.get().onExit().thenRun(() -> {
            LOG.info("client process " + pid + " exited; exiting");
            onExit.run();
        });
        return true;
    }
}
