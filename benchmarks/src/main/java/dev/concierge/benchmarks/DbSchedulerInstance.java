package dev.concierge.benchmarks;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One db-scheduler 16.7.1 instance, the comparison of {@link DeliveryLoad}: runs the one-time tasks
 * {@link #TASK} already in {@code scheduled_tasks}, each inserting a row into {@code
 * dbs_deliveries} (in its own transaction, as db-scheduler runs tasks), with 10 threads, until none
 * is left; then prints how many it ran.
 *
 * <pre>
 * java -cp benchmarks.jar dev.concierge.benchmarks.DbSchedulerInstance JDBC_URL USER PASSWORD [lock-and-fetch|fetch]
 * </pre>
 */
public final class DbSchedulerInstance {
  static final String TASK = "reminder";

  private DbSchedulerInstance() {}

  public static void main(String[] args) throws Exception {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(args[0]);
    pool.setUsername(args[1]);
    pool.setPassword(args[2].isEmpty() ? null : args[2]);
    pool.setMaximumPoolSize(12);
    boolean lockAndFetch = args.length < 4 || "lock-and-fetch".equals(args[3]);
    AtomicLong ran = new AtomicLong();
    try (HikariDataSource dataSource = new HikariDataSource(pool)) {
      OneTimeTask<Void> task =
          Tasks.oneTime(TASK)
              .execute(
                  (instance, context) -> {
                    insertRow(dataSource, instance.getId());
                    ran.incrementAndGet();
                  });
      SchedulerBuilder builder =
          Scheduler.create(dataSource, task).threads(10).pollingInterval(Duration.ofSeconds(1));
      // the library's two strategies; lock-and-fetch is its recommendation for PostgreSQL
      // throughput
      if (lockAndFetch) {
        builder.pollUsingLockAndFetch(0.5, 1.0);
      }
      Scheduler scheduler = builder.build();
      scheduler.start();
      // cheap and seldom: a count every 50 ms cost db-scheduler's phase seconds of database time
      while (anyLeft(dataSource)) {
        Thread.sleep(250);
      }
      scheduler.stop();
    }
    System.out.println("db-scheduler instance ran " + ran.get() + " tasks");
  }

  private static void insertRow(HikariDataSource dataSource, String id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into dbs_deliveries (task_instance, message, delivered_at)"
                    + " values (?, ?, now())")) {
      insert.setString(1, id);
      insert.setString(2, "Hi " + id + ", a reminder from your concierge.");
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean anyLeft(HikariDataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select exists (select 1 from scheduled_tasks)")) {
      rows.next();
      return rows.getBoolean(1);
    }
  }
}
