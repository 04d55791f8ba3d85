using System.Linq.Expressions;

namespace Redress.Domain.Rules;

/// <summary>
/// A rule of the Code over one record, written once as an expression. The database translates the
/// expression (every query, list, reminder and report filters with it), and compiled it answers the
/// same question about a record in memory, so the two can never disagree.
/// </summary>
public sealed class Rule<T>
{
    private readonly Lazy<Func<T, bool>> _compiled;

    public Rule(string name, Expression<Func<T, bool>> expression)
    {
        Name = name;
        Expression = expression;
        _compiled = new(expression.Compile);
    }

    /// <summary>What the rule says, in a few words (tests and diagnostics name it).</summary>
    public string Name { get; }

    public Expression<Func<T, bool>> Expression { get; }

    public bool IsMetBy(T item) => _compiled.Value(item);

    /// <summary>This rule and another condition, as one expression the database can translate.</summary>
    public Rule<T> And(string name, Expression<Func<T, bool>> other) => Combine(name, other, System.Linq.Expressions.Expression.AndAlso);

    /// <summary>This rule or another condition, as one expression the database can translate.</summary>
    public Rule<T> Or(string name, Expression<Func<T, bool>> other) => Combine(name, other, System.Linq.Expressions.Expression.OrElse);

    /// <summary>
    /// The opposite of this rule. Only for rules over columns that are never null: SQL's NOT of an unknown
    /// is still unknown, where C#'s is true.
    /// </summary>
    public Rule<T> Not(string name) => new(name,
        System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(System.Linq.Expressions.Expression.Not(Expression.Body), Expression.Parameters));

    public static implicit operator Expression<Func<T, bool>>(Rule<T> rule) => rule.Expression;

    public override string ToString() => Name;

    /// <summary>Joins <paramref name="other"/>'s body to this rule's over one parameter, so the database sees one condition.</summary>
    private Rule<T> Combine(string name, Expression<Func<T, bool>> other, Func<Expression, Expression, BinaryExpression> join)
    {
        var parameter = Expression.Parameters[0];
        var body = new Rebind(other.Parameters[0], parameter).Visit(other.Body);
        return new(name, System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(join(Expression.Body, body), parameter));
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
