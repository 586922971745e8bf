"""TestSuite: an ordered collection of tests that also runs class and
module fixtures (setUpClass, setUpModule...) at the boundaries between
test classes and modules."""

import sys

from . import case

__unittest = True


class BaseTestSuite(object):
    """A composite test without fixture handling."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (case.strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(t.countTestCases() for t in self)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('{} is not callable'.format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase,
                                                        TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class _ErrorHolder(object):
    """Stands in for a fixture (setUpClass...) that failed, in reports."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class TestSuite(BaseTestSuite):
    """A suite that runs setUpClass/tearDownClass and setUpModule/
    tearDownModule when the class or module of consecutive tests changes."""

    def run(self, result, debug=False):
        top_level = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = top_level = True
        for test in self:
            if result.shouldStop:
                break
            if isinstance(test, case.TestCase):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if getattr(test.__class__, '_classSetupFailed', False) or \
                        getattr(result, '_moduleSetUpFailed', False):
                    continue
            test(result)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous:
            return
        if result._moduleSetUpFailed:
            return
        if getattr(current, '__unittest_skip__', False):
            return
        current._classSetupFailed = False
        setUpClass = getattr(current, 'setUpClass', None)
        if setUpClass is not None:
            try:
                setUpClass()
            except Exception as e:
                current._classSetupFailed = True
                name = case.strclass(current)
                self._addClassOrModuleLevelException(
                    result, e, 'setUpClass (%s)' % name)
                current.doClassCleanups()
                for exc_info in getattr(current, 'tearDown_exceptions', ()):
                    self._addClassOrModuleLevelException(
                        result, exc_info[1], 'setUpClass (%s)' % name,
                        info=exc_info)

    def _get_previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return previous.__module__ if previous is not None else None

    def _handleModuleFixture(self, test, result):
        previous_module = self._get_previous_module(result)
        current_module = test.__class__.__module__
        if current_module == previous_module:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current_module)
        if module is None:
            return
        setUpModule = getattr(module, 'setUpModule', None)
        if setUpModule is not None:
            try:
                setUpModule()
            except Exception as e:
                result._moduleSetUpFailed = True
                self._addClassOrModuleLevelException(
                    result, e, 'setUpModule (%s)' % current_module)
                try:
                    case.doModuleCleanups()
                except Exception as e2:
                    self._addClassOrModuleLevelException(
                        result, e2, 'setUpModule (%s)' % current_module)

    def _addClassOrModuleLevelException(self, result, exception, errorName,
                                        info=None):
        error = _ErrorHolder(errorName)
        if info is None:
            info = (type(exception), exception, exception.__traceback__)
        if isinstance(exception, case.SkipTest):
            result.addSkip(error, str(exception))
        else:
            result.addError(error, info)

    def _handleModuleTearDown(self, result):
        previous_module = self._get_previous_module(result)
        if previous_module is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous_module)
        if module is None:
            return
        tearDownModule = getattr(module, 'tearDownModule', None)
        if tearDownModule is not None:
            try:
                tearDownModule()
            except Exception as e:
                self._addClassOrModuleLevelException(
                    result, e, 'tearDownModule (%s)' % previous_module)
        try:
            case.doModuleCleanups()
        except Exception as e:
            self._addClassOrModuleLevelException(
                result, e, 'tearDownModule (%s)' % previous_module)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__ if test is not None else None
        if current == previous or previous is None:
            return
        if getattr(previous, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous, '__unittest_skip__', False):
            return
        tearDownClass = getattr(previous, 'tearDownClass', None)
        name = case.strclass(previous)
        if tearDownClass is not None:
            try:
                tearDownClass()
            except Exception as e:
                self._addClassOrModuleLevelException(
                    result, e, 'tearDownClass (%s)' % name)
        previous.doClassCleanups()
        for exc_info in getattr(previous, 'tearDown_exceptions', ()):
            self._addClassOrModuleLevelException(
                result, exc_info[1], 'tearDownClass (%s)' % name,
                info=exc_info)
