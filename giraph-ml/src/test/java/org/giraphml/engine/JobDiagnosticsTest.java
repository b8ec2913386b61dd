package org.giraphml.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.JobID;
import org.apache.hadoop.mapreduce.JobStatus;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.TaskCompletionEvent;
import org.junit.jupiter.api.Test;

/** The failure message made from a failed job's history (a mocked job client). */
class JobDiagnosticsTest {
  private static TaskCompletionEvent event(int id, String attempt,
      TaskCompletionEvent.Status status) {
    return new TaskCompletionEvent(id, TaskAttemptID.forName(attempt), id, true, status, "");
  }

  @Test
  void namesEachFailedTaskWithItsCountAndLastExitCodeAndWhereTheLogsAre() throws Exception {
    Job job = mock(Job.class);
    String a0 = "attempt_1700000000000_0007_m_000001_0";
    String a1 = "attempt_1700000000000_0007_m_000001_1";
    String b0 = "attempt_1700000000000_0007_m_000002_0";
    TaskCompletionEvent[] events = {
        event(0, a0, TaskCompletionEvent.Status.FAILED),
        event(1, "attempt_1700000000000_0007_m_000000_0", TaskCompletionEvent.Status.SUCCEEDED),
        event(2, b0, TaskCompletionEvent.Status.FAILED),
        event(3, a1, TaskCompletionEvent.Status.TIPFAILED)};
    when(job.getTaskCompletionEvents(anyInt(), anyInt())).thenAnswer(call -> {
      int from = call.getArgument(0);
      return java.util.Arrays.copyOfRange(events, Math.min(from, events.length), events.length);
    });
    when(job.getTaskDiagnostics(TaskAttemptID.forName(a1))).thenReturn(new String[] {
        "[2026-11-24 16:10:42.438]Exception from container-launch.\nContainer id: c_6\n"
            + "Exit code: 57\n\nLast 4096 bytes of stderr :\n"});
    when(job.getTaskDiagnostics(TaskAttemptID.forName(b0))).thenReturn(new String[] {
        "Error: java.lang.IllegalStateException: lost\n  at Foo.bar(Foo.java:1)\n"
            + "\tat Foo.main(Foo.java:2)\nCaused by: java.lang.RuntimeException: deeper\n"
            + "\tat Foo.baz(Foo.java:3)\n\t... 7 more"});
    JobStatus status = mock(JobStatus.class);
    when(status.getFailureInfo()).thenReturn("Task failed task_1700000000000_0007_m_000001\n"
        + "Job failed as tasks failed. failedMaps:1");
    when(job.getStatus()).thenReturn(status);
    when(job.getJobID()).thenReturn(JobID.forName("job_1700000000000_0007"));

    assertEquals("The Giraph job failed: task task_1700000000000_0007_m_000001 failed 2 times "
        + "(last: container exit code 57); task task_1700000000000_0007_m_000002 failed 1 time "
        + "(last: Error: java.lang.IllegalStateException: lost). Hadoop: "
        + "Task failed task_1700000000000_0007_m_000001; Job failed as tasks failed. "
        + "failedMaps:1. Container logs: yarn logs -applicationId "
        + "application_1700000000000_0007", JobDiagnostics.describe(job, false));
  }

  @Test
  void aLocalJobPointsToTheLogAboveAndNotToYarnOrHadoopsMissingInfo() throws Exception {
    Job job = mock(Job.class);
    when(job.getTaskCompletionEvents(anyInt(), anyInt()))
        .thenReturn(new TaskCompletionEvent[0]);
    JobStatus status = mock(JobStatus.class);
    when(status.getFailureInfo()).thenReturn("NA");
    when(job.getStatus()).thenReturn(status);
    when(job.getJobID()).thenReturn(JobID.forName("job_local1845225036_0001"));

    assertEquals("The Giraph job failed; the log above says why (the task ran in this process)",
        JobDiagnostics.describe(job, true));
  }
}
