"""gevent.monkey: nothing to patch on weft.

gevent patches the standard library so that blocking calls switch
greenlets. In weft every blocking call already parks only its own virtual
thread, so these functions accept gevent's arguments and do nothing.
"""

__all__ = ('patch_all', 'patch_socket', 'patch_ssl', 'patch_time',
           'patch_thread', 'patch_select', 'patch_os', 'patch_queue',
           'is_module_patched', 'is_object_patched')


def patch_all(**kwargs):
    """Accept gevent's options; the standard library needs no patching."""
    return None


def _noop(*args, **kwargs):
    return None


patch_socket = patch_ssl = patch_time = patch_thread = _noop
patch_select = patch_os = patch_queue = _noop


def is_module_patched(name):
    return False


def is_object_patched(module_name, name):
    return False
