# cmdline: ../../bench/py/om_deltablue.py --golden
# The program is bench/py/om_deltablue.py (also a benchmark workload); see its header.
