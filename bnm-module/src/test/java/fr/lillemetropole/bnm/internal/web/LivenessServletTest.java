package fr.lillemetropole.bnm.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Date;
import java.util.List;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.execution.HealthCheckExecutionOptions;
import org.apache.felix.hc.api.execution.HealthCheckExecutionResult;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.apache.felix.hc.api.execution.HealthCheckMetadata;
import org.apache.felix.hc.api.execution.HealthCheckSelector;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class LivenessServletTest {

    private final SlingContext context = new SlingContext();

    @Test
    void saysOkWhenTheLivenessChecksPass() throws Exception {
        answer(Result.Status.OK);
        assertEquals(200, context.response().getStatus());
        assertEquals("OK\n", context.response().getOutputAsString());
    }

    @Test
    void saysKoAndNothingMoreOtherwise() throws Exception {
        answer(Result.Status.CRITICAL);
        assertEquals(503, context.response().getStatus());
        assertEquals("KO\n", context.response().getOutputAsString());
    }

    private void answer(Result.Status status) throws Exception {
        context.registerService(HealthCheckExecutor.class, new HealthCheckExecutor() {
            @Override
            public List<HealthCheckExecutionResult> execute(HealthCheckSelector selector) {
                return List.of(result(new Result(status, "/var/secret/path heap 93%")));
            }

            @Override
            public List<HealthCheckExecutionResult> execute(HealthCheckSelector selector,
                    HealthCheckExecutionOptions options) {
                return execute(selector);
            }
        });
        LivenessServlet servlet = context.registerInjectActivateService(new LivenessServlet());
        servlet.doGet(context.request(), context.response());
    }

    private static HealthCheckExecutionResult result(Result result) {
        return new HealthCheckExecutionResult() {
            @Override
            public Result getHealthCheckResult() {
                return result;
            }

            @Override
            public long getElapsedTimeInMs() {
                return 1;
            }

            @Override
            public Date getFinishedAt() {
                return new Date();
            }

            @Override
            public boolean hasTimedOut() {
                return false;
            }

            @Override
            public HealthCheckMetadata getHealthCheckMetadata() {
                return null;
            }
        };
    }
}
