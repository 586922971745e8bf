"""A unit testing framework, written for weft from the documented behaviour
of CPython 3.11's unittest: TestCase with the assert* methods and their
failure messages, fixtures (setUp/tearDown, setUpClass/tearDownClass,
setUpModule/tearDownModule, cleanups), skips and expected failures,
subTest, TestSuite, TestLoader, TextTestRunner and main().

The package is split as in CPython (case, result, suite, loader, runner,
main) so that code importing unittest.case or unittest.mock-free helpers by
their module path keeps working.
"""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'getTestCaseNames', 'makeSuite',
           'findTestCases', 'enterModuleContext', 'doModuleCleanups']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest,
                   skip, skipIf, skipUnless, expectedFailure,
                   doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import (TestLoader, defaultTestLoader, getTestCaseNames,
                     makeSuite, findTestCases)
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, \
    removeHandler


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
