namespace Pop.Core.Plans;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Pop.Core.Conversations;

/// <summary>
/// Which roles may see each section of a plan. Visibility is necessary but not sufficient: the
/// rules of <see cref="DevelopmentPlan.Access"/> (consent for assessment results, manager notes
/// never for the employee) hold whatever is configured here.
/// </summary>
/// <remarks>
/// Fixed by the domain and refused by <see cref="With"/>: the employee and the manager both see
/// the contract (goals, activities, agreements, interim checks, proposals); the employee sees
/// their own assessment results; the manager sees their own notes and the employee never does.
/// Default: the contract sections for every role; assessment results for employee, manager and
/// HR (the latter two with consent); manager notes for the manager only; the development section
/// (needs and stage views) for the employee and the manager only.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PlanVisibility
{
    private const int All = (1 << 4) - 1;
    private static readonly ConversationRole[] AllRoles = { ConversationRole.Employee, ConversationRole.Manager, ConversationRole.HR, ConversationRole.Coach };
    private readonly int[] masks;

    private PlanVisibility(int[] masks) => this.masks = masks;

    /// <summary>Gets the default visibility.</summary>
    public static PlanVisibility Default { get; } = new(new[]
    {
        All, All, All, All, All,
        Bit(ConversationRole.Employee) | Bit(ConversationRole.Manager) | Bit(ConversationRole.HR),
        Bit(ConversationRole.Manager),
        Bit(ConversationRole.Employee) | Bit(ConversationRole.Manager),
    });

    /// <summary>Returns a copy in which exactly <paramref name="roles"/> may see <paramref name="section"/>.</summary>
    /// <param name="section">The section.</param>
    /// <param name="roles">The roles that may see it.</param>
    /// <returns>The new visibility.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roles"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">The section or a role is not a defined value.</exception>
    /// <exception cref="ArgumentException">The roles break a fixed rule: the contract without the employee or the manager, assessment results without the employee, manager notes without the manager or with the employee.</exception>
    public PlanVisibility With(PlanSection section, IEnumerable<ConversationRole> roles)
    {
        Guard.Against.EnumOutOfRange(section, nameof(section));
        Guard.Against.Null(roles, nameof(roles));
        int mask = 0;
        foreach (var role in roles)
        {
            mask |= Bit(Guard.Against.EnumOutOfRange(role, nameof(roles)));
        }

        var problem = Check(section, mask);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(roles));
        }

        var copy = (int[])masks.Clone();
        copy[(int)section] = mask;
        return new PlanVisibility(copy);
    }

    /// <summary>Gets the roles that may see a section, as configured.</summary>
    /// <param name="section">The section.</param>
    /// <returns>The roles, in enum order.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="section"/> is not a defined value.</exception>
    public IReadOnlyList<ConversationRole> Roles(PlanSection section)
    {
        int mask = masks[(int)Guard.Against.EnumOutOfRange(section, nameof(section))];
        return AllRoles.Where(r => (mask & Bit(r)) != 0).ToArray();
    }

    /// <summary>Gets a value indicating whether a section is configured visible to a role.</summary>
    /// <param name="section">The section.</param>
    /// <param name="role">The role.</param>
    /// <returns>True when configured visible; see <see cref="DevelopmentPlan.Access"/> for the full decision.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An argument is not a defined value.</exception>
    public bool Includes(PlanSection section, ConversationRole role) =>
        (masks[(int)Guard.Against.EnumOutOfRange(section, nameof(section))] & Bit(Guard.Against.EnumOutOfRange(role, nameof(role)))) != 0;

    internal static int Bit(ConversationRole role) => 1 << (int)role;

    internal static PlanVisibility FromMasks(int[] masks)
    {
        for (int i = 0; i < DevelopmentPlan.AllSections.Count; i++)
        {
            var problem = Check((PlanSection)i, masks[i]);
            if (problem is not null)
            {
                throw new ArgumentException(problem, nameof(masks));
            }
        }

        return new PlanVisibility(masks);
    }

    internal int Mask(PlanSection section) => masks[(int)section];

    private static string? Check(PlanSection section, int mask)
    {
        bool employee = (mask & Bit(ConversationRole.Employee)) != 0, manager = (mask & Bit(ConversationRole.Manager)) != 0;
        return section switch
        {
            PlanSection.ManagerNotes when employee => "Manager notes are never visible to the employee.",
            PlanSection.ManagerNotes when !manager => "Manager notes are always visible to the manager.",
            PlanSection.AssessmentResults when !employee => "The employee always sees their own assessment results.",
            PlanSection.AssessmentResults or PlanSection.ManagerNotes => null,
            _ when !employee || !manager => $"The {section} section belongs to the plan both parties agreed on; the employee and the manager always see it.",
            _ => null,
        };
    }
}
