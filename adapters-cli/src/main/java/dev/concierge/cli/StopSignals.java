package dev.concierge.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM and SIGINT (Ctrl-C) as requests to stop, which {@code serve} carries out itself.
 *
 * <p>Why not a shutdown hook: the JVM answers these signals by running every shutdown hook at once,
 * in no order, and then exits with 128 + the signal's number (143 for SIGTERM) whatever the hooks
 * did. The embedded database's own hook would then stop PostgreSQL under requests that are still
 * draining, and a clean stop could not say so with exit code 0. Handled here, the first signal only
 * wakes {@code serve}, which stops everything in order and exits with what happened; a later signal
 * is handed to {@code again}, to stop at once. The hooks stay for whatever else ends the JVM.
 *
 * <p>Why reflection: {@code sun.misc.Signal} (module jdk.unsupported, kept public for this use) is
 * the JDK's only way to handle a signal, and javac warns on every use of it under {@code --release}
 * in a way no annotation suppresses.
 */
final class StopSignals {
  private static final Logger log = LoggerFactory.getLogger(StopSignals.class);
  private static final List<String> HANDLED = List.of("TERM", "INT");

  /** A signal by its name (TERM) and the exit code it stands for when obeyed at once (143). */
  record Received(String name, int exitCode) {
    @Override
    public String toString() {
      return "SIG" + name;
    }
  }

  private final CompletableFuture<Received> first = new CompletableFuture<>();
  private final AtomicBoolean received = new AtomicBoolean();
  private final Consumer<Received> again;

  private StopSignals(Consumer<Received> again) {
    this.again = again;
  }

  /**
   * Handles SIGTERM and SIGINT from now on. A signal the process was started to ignore (SIGINT in a
   * background job, {@code nohup}) stays ignored; one the JVM keeps for itself ({@code -Xrs}) stays
   * with the JVM's default.
   *
   * @param again what a second signal does, given while the first is being carried out
   */
  static StopSignals install(Consumer<Received> again) {
    StopSignals signals = new StopSignals(again);
    for (String name : HANDLED) {
      signals.handle(name);
    }
    return signals;
  }

  /** Blocks until the first signal arrives, and says which it was. */
  Received awaitFirst() throws InterruptedException {
    try {
      return first.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the signal future is only ever completed", e);
    }
  }

  private void received(Received signal) {
    if (received.compareAndSet(false, true)) {
      first.complete(signal);
    } else {
      again.accept(signal);
    }
  }

  private void handle(String name) {
    try {
      Class<?> signalType = Class.forName("sun.misc.Signal");
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Method number = signalType.getMethod("getNumber");
      Object handler =
          Proxy.newProxyInstance(
              StopSignals.class.getClassLoader(),
              new Class<?>[] {handlerType},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "handle" -> {
                      received(new Received(name, 128 + (int) number.invoke(args[0])));
                      yield null;
                    }
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "stop on SIG" + name;
                  });
      signalType
          .getMethod("handle", signalType, handlerType)
          .invoke(null, signalType.getConstructor(String.class).newInstance(name), handler);
    } catch (InvocationTargetException e) {
      // IllegalArgumentException: the JVM keeps the signal for itself (-Xrs) or the OS refuses it
      log.debug("SIG{} stays with the JVM: {}", name, e.getCause().getMessage());
    } catch (ReflectiveOperationException | LinkageError e) {
      log.warn(
          "SIG{} cannot be handled on this JVM; it stops serve through the shutdown hooks", name);
    }
  }
}
