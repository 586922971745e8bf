"""IsolatedAsyncioTestCase: test methods may be coroutines, run to
completion with asyncio.run() (weft accepts await anywhere, so the same
methods would also run as plain functions)."""

import asyncio
import inspect

from .case import TestCase

__unittest = True


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose async setUp/test/tearDown methods are awaited."""

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def _callSetUp(self):
        self.setUp()
        self._await(self.asyncSetUp())

    def _callTestMethod(self, method):
        result = method()
        if inspect.isawaitable(result):
            self._await(result)

    def _callTearDown(self):
        self._await(self.asyncTearDown())
        self.tearDown()

    def _await(self, awaitable):
        async def runner():
            return await awaitable
        return asyncio.run(runner())
