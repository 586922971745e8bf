# A small ray tracer: spheres and a checkered floor, point lights with
# Lambert and Phong shading, shadows and mirror reflections, rendered into a
# grid of RGB values. Object-heavy: a Vector class whose arithmetic runs
# entirely through operator dunders (__add__, __sub__, __mul__, __rmul__,
# __neg__, __matmul__ for the dot product), immutable value objects with
# __slots__, surfaces and shapes as small class hierarchies.
#
# It is both a golden program and a benchmark workload: tests/py/om_raytrace.py
# runs it with --golden (small sizes, detailed output) and `weft bench py`
# runs it with no arguments (larger sizes, a checksum).

import math

EPSILON = 1e-5


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        if isinstance(k, Vector):  # component-wise (colours)
            return Vector(self.x * k.x, self.y * k.y, self.z * k.z)
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __abs__(self):
        return math.sqrt(self @ self)

    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y, self.z) == (o.x, o.y, o.z)

    def __hash__(self):
        return hash((self.x, self.y, self.z))

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __repr__(self):
        return "Vector(%.3f, %.3f, %.3f)" % (self.x, self.y, self.z)

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def normalized(self):
        return self * (1.0 / abs(self))

    def reflect_through(self, normal):
        return self - normal * (2 * (self @ normal))


ZERO = Vector(0.0, 0.0, 0.0)
UP = Vector(0.0, 1.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Surface:
    def colour_at(self, point):
        raise NotImplementedError


class Matte(Surface):
    def __init__(self, colour, specular=0.0, reflect=0.0):
        self.colour = colour
        self.specular = specular
        self.reflect = reflect

    def colour_at(self, point):
        return self.colour


class Checker(Matte):
    def __init__(self, a, b, size, reflect=0.0):
        super().__init__(a, 0.0, reflect)
        self.other = b
        self.size = size

    def colour_at(self, point):
        cell = math.floor(point.x / self.size) + math.floor(point.z / self.size)
        return self.colour if cell % 2 == 0 else self.other


class Shape:
    def __init__(self, surface):
        self.surface = surface

    @property
    def name(self):
        return type(self).__name__.lower()


class Sphere(Shape):
    def __init__(self, centre, radius, surface):
        super().__init__(surface)
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        cp = self.centre - ray.origin
        v = cp @ ray.direction
        disc = self.radius * self.radius - (cp @ cp - v * v)
        if disc < 0:
            return None
        t = v - math.sqrt(disc)
        return t if t > EPSILON else None

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Floor(Shape):
    def __init__(self, height, surface):
        super().__init__(surface)
        self.height = height

    def intersect(self, ray):
        d = ray.direction.y
        if abs(d) < EPSILON:
            return None
        t = (self.height - ray.origin.y) / d
        return t if t > EPSILON else None

    def normal_at(self, p):
        return UP


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Scene:
    def __init__(self, shapes, lights, ambient, max_depth=3):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.max_depth = max_depth
        self.rays = 0

    def nearest(self, ray):
        best, best_t = None, math.inf
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < best_t:
                best, best_t = shape, t
        return best, best_t

    def trace(self, ray, depth=0):
        self.rays += 1
        shape, t = self.nearest(ray)
        if shape is None:
            return Vector(0.1, 0.1, 0.15)
        point = ray.at(t)
        normal = shape.normal_at(point)
        return self.shade(ray, shape, point, normal, depth)

    def lit(self, point, light):
        to_light = light.position - point
        shadow, t = self.nearest(Ray(point, to_light))
        return shadow is None or t > abs(to_light)

    def shade(self, ray, shape, point, normal, depth):
        surface = shape.surface
        base = surface.colour_at(point)
        colour = base * self.ambient
        for light in self.lights:
            if not self.lit(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal @ to_light
            if lambert > 0:
                colour = colour + (base * light.colour) * lambert
            if surface.specular:
                half = (to_light - ray.direction).normalized()
                colour = colour + light.colour * (surface.specular * max(0.0, normal @ half) ** 20)
        if surface.reflect and depth < self.max_depth:
            bounce = Ray(point, ray.direction.reflect_through(normal))
            colour = colour + surface.reflect * self.trace(bounce, depth + 1)
        return colour


class Camera:
    def __init__(self, eye, look_at, width, height, fov=60.0):
        self.eye = eye
        self.width = width
        self.height = height
        forward = (look_at - eye).normalized()
        self.right = forward.cross(UP).normalized()
        self.up = self.right.cross(forward)
        self.forward = forward
        self.half = math.tan(math.radians(fov) / 2)

    def rays(self):
        aspect = self.height / self.width
        for j in range(self.height):
            y = (1 - 2 * (j + 0.5) / self.height) * self.half * aspect
            for i in range(self.width):
                x = (2 * (i + 0.5) / self.width - 1) * self.half
                yield i, j, Ray(self.eye, self.forward + self.right * x + self.up * y)


def clamp(c):
    return tuple(min(255, max(0, int(v * 255))) for v in c)


def make_scene():
    shiny = Matte(Vector(0.9, 0.2, 0.2), specular=0.6, reflect=0.3)
    mirror = Matte(Vector(0.8, 0.8, 0.9), specular=0.9, reflect=0.7)
    dull = Matte(Vector(0.2, 0.7, 0.3))
    floor = Checker(Vector(0.9, 0.9, 0.9), Vector(0.1, 0.1, 0.1), 1.0, reflect=0.2)
    shapes = [
        Sphere(Vector(0.0, 1.0, 0.0), 1.0, shiny),
        Sphere(Vector(-2.2, 0.7, 1.0), 0.7, mirror),
        Sphere(Vector(1.8, 0.5, -1.2), 0.5, dull),
        Floor(0.0, floor),
    ]
    lights = [Light(Vector(-5.0, 6.0, 4.0), Vector(0.8, 0.8, 0.8)), Light(Vector(4.0, 3.0, 5.0), Vector(0.3, 0.3, 0.4))]
    return Scene(shapes, lights, 0.1)


def render(width, height):
    scene = make_scene()
    camera = Camera(Vector(0.0, 2.0, 7.0), Vector(0.0, 0.8, 0.0), width, height)
    image = [[None] * width for _ in range(height)]
    for i, j, ray in camera.rays():
        image[j][i] = clamp(scene.trace(ray))
    return scene, image


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--golden"]:
        v = Vector(1.0, 2.0, 2.0)
        print(v + v, v - v, 2 * v, v * 0.5, -v, v @ v, abs(v), list(v), v == Vector(1.0, 2.0, 2.0))
        print(v.cross(UP), v.normalized(), len({v, Vector(1.0, 2.0, 2.0), UP}))
        print([s.name for s in make_scene().shapes])
        scene, image = render(32, 16)
        shades = " .:-=+*#%@"
        for row in image:
            print("".join(shades[min(9, sum(px) * 10 // 766)] for px in row))
        checksum = 0
        for row in image:
            for r, g, b in row:
                checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
        print("rays", scene.rays, "checksum", checksum)
    else:
        scene, image = render(120, 80)
        checksum = 0
        for row in image:
            for r, g, b in row:
                checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
        print("om_raytrace", scene.rays, checksum)
