import { RequestMethod, Type } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { AUTHENTICATED_KEY, PERMISSION_KEY, PUBLIC_KEY } from '../common/route-access';

describe('access control', () => {
  let t: TestApp;
  let commissionId: string;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    const admin = await t.login(DEMO.admin);
    commissionId = (await t.http.get('/api/commissions').set('Authorization', admin)).body.items[0].id;
  });
  afterAll(() => t?.close());

  it('every route declares who may call it (public, any session, or a permission)', () => {
    const controllers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
    const scanner = new MetadataScanner();
    const reflector = t.app.get(Reflector);
    const undeclared: string[] = [];
    let routes = 0;
    for (const wrapper of controllers) {
      const instance = wrapper.instance as object;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as Type;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        routes++;
        const declared = [PUBLIC_KEY, AUTHENTICATED_KEY, PERMISSION_KEY].some(
          (key) => reflector.getAllAndOverride(key, [handler, wrapper.metatype as Type]) !== undefined,
        );
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        if (!declared) undeclared.push(`${method} ${wrapper.name}.${name}`);
      }
    }
    expect(routes).toBeGreaterThan(15);
    expect(undeclared).toEqual([]);
  });

  it.each([
    ['commissioner', DEMO.commissioner, 403],
    ['chair', DEMO.chair, 403],
    ['partner without a commission role', DEMO.partner, 403],
    ['secretary', DEMO.secretary, 201],
    ['platform admin', DEMO.admin, 201],
  ])('creating an organization as %s answers %i', async (_, email, status) => {
    const bearer = await t.login(email);
    const response = await t.http
      .post('/api/organizations')
      .set('Authorization', bearer)
      .send({ name: `Organización de prueba ${email}`, kind: 'civil_society' });
    expect(response.status).toBe(status);
    if (status === 403) expect(response.body).toMatchObject({ code: 'forbidden', title: 'Sin permiso' });
  });

  it('a secretary of one commission cannot change the membership of another', async () => {
    const admin = await t.login(DEMO.admin);
    const secretary = await t.login(DEMO.secretary);
    const other = '3f1f6c2e-1d7b-4f57-9a39-2f0d7c1a9b11';
    const me = (await t.http.get('/api/auth/me').set('Authorization', admin)).body;
    await t.http
      .post(`/api/commissions/${other}/members`)
      .set('Authorization', secretary)
      .send({ personId: me.id, role: 'observer' })
      .expect(403);
    await t.http
      .post(`/api/commissions/${commissionId}/members`)
      .set('Authorization', secretary)
      .send({ personId: me.id, role: 'observer' })
      .expect(201);
  });

  it('a partner can read the directory but not change it', async () => {
    const partner = await t.login(DEMO.partner);
    await t.http.get(`/api/commissions/${commissionId}/members`).set('Authorization', partner).expect(200);
    const someone = (await t.http.get(`/api/commissions/${commissionId}/members?pageSize=1`).set('Authorization', partner)).body.items[0];
    await t.http
      .patch(`/api/commissions/${commissionId}/members/${someone.id}`)
      .set('Authorization', partner)
      .send({ votes: false })
      .expect(403);
    await t.http.patch(`/api/people/${someone.person.id}`).set('Authorization', partner).send({ title: 'x' }).expect(403);
  });
});
