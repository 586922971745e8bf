"""TestResult: the record of a run (failures, errors, skips...) that
runners print from."""

import sys

__unittest = True


def _format_exception(test, err):
    """The traceback text of err, without the frames of unittest itself."""
    exctype, value, tb = err
    while tb is not None and '__unittest' in tb.tb_frame.f_globals:
        tb = tb.tb_next
    # Frames after the test's own (in the assert* method) are dropped too,
    # when the exception is a test failure.
    if exctype is not None and issubclass(exctype, test.failureException):
        length = 0
        probe = tb
        while probe is not None and \
                '__unittest' not in probe.tb_frame.f_globals:
            length += 1
            probe = probe.tb_next
    else:
        length = None
    try:
        import traceback
    except ImportError:
        traceback = None
    if traceback is not None:
        return ''.join(traceback.format_exception(exctype, value, tb,
                                                  limit=length))
    lines = ['Traceback (most recent call last):\n']
    count = 0
    while tb is not None and (length is None or count < length):
        code = tb.tb_frame.f_code
        lines.append('  File "%s", line %d, in %s\n'
                     % (code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
        count += 1
    text = str(value)
    name = exctype.__qualname__
    module = exctype.__module__
    if module not in ('builtins', '__main__'):
        name = module + '.' + name
    lines.append('%s: %s\n' % (name, text) if text else '%s\n' % name)
    return ''.join(lines)


class TestResult(object):
    """Counts tests and keeps (test, formatted traceback) for each problem."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.failfast:
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err,
                                                                     test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                not self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        return _format_exception(test, err)

    def __repr__(self):
        return '<%s.%s run=%i errors=%i failures=%i>' % (
            type(self).__module__, type(self).__qualname__, self.testsRun,
            len(self.errors), len(self.failures))
