import { afterEach, describe, expect, it, vi } from 'vitest'
import { whenNear } from './whenNear'

afterEach(() => vi.unstubAllGlobals())

describe('whenNear', () => {
  it('calls at once where the page cannot tell what is near', () => {
    vi.stubGlobal('IntersectionObserver', undefined)
    const near = vi.fn()
    whenNear(document.createElement('div'), near)
    expect(near).toHaveBeenCalledOnce()
  })

  it('calls once the element comes near, once, and stops watching', () => {
    let callback: IntersectionObserverCallback = () => {}
    const disconnect = vi.fn()
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(given: IntersectionObserverCallback, options: IntersectionObserverInit) {
          callback = given
          expect(options.rootMargin).toBe('800px 0px')
        }
        observe() {}
        disconnect = disconnect
      },
    )
    const near = vi.fn()
    whenNear(document.createElement('div'), near)
    const report = (isIntersecting: boolean) =>
      callback([{ isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver)

    report(false)
    expect(near).not.toHaveBeenCalled()
    report(true)
    report(true)
    expect(near).toHaveBeenCalledOnce()
    expect(disconnect).toHaveBeenCalled()
  })
})
