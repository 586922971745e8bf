# unittest: TestCase assertions and messages, fixtures, skips, subTest, runner output.
# The runner writes to a StringIO; the run time and traceback frame lines are masked.
import io
import re
import sys
import unittest

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class Arith(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        self.value = 2
        self.addCleanup(log.append, 'cleanup')

    def tearDown(self):
        log.append('tearDown')

    def test_add(self):
        """Adding works."""
        self.assertEqual(self.value + 2, 4)

    def test_fail_equal(self):
        self.assertEqual(self.value, 3)

    def test_fail_msg(self):
        self.assertTrue(0, 'custom message')

    def test_error(self):
        raise KeyError('boom')

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.skipIf(True, 'condition')
    def test_skipif(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIn('division', str(cm.exception))
        self.assertRaises(ValueError, int, 'x')
        with self.assertRaisesRegex(ValueError, 'invalid literal'):
            int('y')


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


class Messages(unittest.TestCase):
    def test_messages(self):
        checks = [
            lambda: self.assertEqual(1, 2),
            lambda: self.assertEqual(1, 2, 'extra'),
            lambda: self.assertNotEqual(1, 1),
            lambda: self.assertTrue([]),
            lambda: self.assertFalse('x'),
            lambda: self.assertIs(1, None),
            lambda: self.assertIsNot(None, None),
            lambda: self.assertIsNone(5),
            lambda: self.assertIsNotNone(None),
            lambda: self.assertIn(3, [1, 2]),
            lambda: self.assertNotIn(1, [1, 2]),
            lambda: self.assertIsInstance(1, str),
            lambda: self.assertNotIsInstance(1, int),
            lambda: self.assertGreater(1, 2),
            lambda: self.assertGreaterEqual(1, 2),
            lambda: self.assertLess(2, 1),
            lambda: self.assertLessEqual(2, 1),
            lambda: self.assertAlmostEqual(1.0, 1.1),
            lambda: self.assertAlmostEqual(1.0, 1.5, delta=0.25),
            lambda: self.assertAlmostEqual(1.0, 1.00000001),
            lambda: self.assertNotAlmostEqual(1.0, 1.00000001),
            lambda: self.assertNotAlmostEqual(1.0, 1.1, delta=0.5),
            lambda: self.assertSetEqual({1, 2}, {2, 3}),
            lambda: self.assertCountEqual([1, 1, 2], [1, 2, 2]),
            lambda: self.assertRegex('hello', 'z+'),
            lambda: self.assertNotRegex('hello', 'l+'),
            lambda: self.assertRaises(ValueError, lambda: None),
            lambda: self.assertRaisesRegex(ValueError, 'abc', int, 'x'),
            lambda: self.assertEqual('x' * 100, 'x' * 99 + 'y'[:0]),
            lambda: self.fail('explicit'),
            lambda: self.assertDictEqual([], {}),
        ]
        for check in checks:
            try:
                check()
                print('passed')
            except AssertionError as e:
                print('AssertionError:', str(e).split('\n\n')[0].split('\n- ')[0])
        with self.assertRaises(TypeError):
            self.assertAlmostEqual(1, 2, places=1, delta=1)
        self.assertCountEqual('abc', 'cab')
        self.assertEqual({1: 2}, {1: 2})
        self.assertListEqual([1], [1])
        self.assertAlmostEqual(1.0, 1.00000001)


def run(verbosity, *classes):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in classes])
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = re.sub(r'in \d+\.\d+s', 'in T', stream.getvalue())
    for line in text.split('\n'):
        if not line.startswith('  File') and not line.startswith('    '):
            print(line)
    print(result, result.wasSuccessful(), len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))


run(1, Arith)
print(log)
del log[:]
run(2, Arith, Skipped)
run(0, Messages)
t = Arith('test_add')
print(t, repr(t), t.id(), t.shortDescription(), Arith('test_error').shortDescription())
print(unittest.TestLoader().getTestCaseNames(Arith))
print(unittest.defaultTestLoader.loadTestsFromTestCase(Skipped).countTestCases())
try:
    Arith('nope')
except ValueError as e:
    print(e)
print(issubclass(unittest.SkipTest, Exception), unittest.TestCase.maxDiff, unittest.TestCase.longMessage)
sys.stderr = sys.stdout
unittest.main(argv=['prog', 'Arith.test_add'], exit=False,
              testRunner=unittest.TextTestRunner(stream=io.StringIO()))
try:
    unittest.main(argv=['prog', 'Skipped'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('exit', e.code)
