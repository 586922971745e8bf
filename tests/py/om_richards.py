# cmdline: ../../bench/py/om_richards.py --golden
# The program is bench/py/om_richards.py (also a benchmark workload); see its header.
